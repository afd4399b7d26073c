import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ZCreateEdition, type TCreateEdition, type TEditionTree } from '@srt/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useCreateEdition } from '../../api/report/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { placeServerErrors } from '../../shared/forms/server-errors';
import { notifySuccess } from '../../shared/notify';

/** Starts a new draft edition as a copy of this one's structure and trace links. */
export function NewEditionButton({ edition }: { edition: TEditionTree }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('report.newEdition.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('report.newEdition.title', { label: edition.label })}>
        {opened && <NewEditionForm edition={edition} onDone={close} />}
      </Modal>
    </>
  );
}

function NewEditionForm({ edition, onDone }: { edition: TEditionTree; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEdition();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<z.input<typeof ZCreateEdition>, unknown, TCreateEdition>({
    resolver: zodResolver(ZCreateEdition),
    defaultValues: { label: '', basedOnId: edition.id },
  });
  const submit = handleSubmit((body) => {
    setFormError(null);
    create.mutate(body, {
      onSuccess: (created) => {
        notifySuccess(t('report.newEdition.created', { label: created.label }));
        onDone();
        void navigate(`/report/${created.id}`);
      },
      onError: (error) => setFormError(placeServerErrors(error, ['label'], setError)),
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t('report.newEdition.message')}</Text>
        <FormAlert message={formError} />
        <TextInput
          label={t('report.newEdition.label')}
          placeholder={t('report.newEdition.placeholder')}
          required
          data-autofocus
          {...register('label')}
          error={fieldErrorText(errors.label)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('report.newEdition.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

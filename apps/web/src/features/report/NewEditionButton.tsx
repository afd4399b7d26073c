import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ZCreateEdition, type TEditionTree } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateEdition } from '../../api/report/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
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
  const {
    register,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateEdition, {
    defaultValues: { label: '', basedOnId: edition.id },
    fields: ['label'],
  });
  const submit = submitWith(create, (created) => {
    notifySuccess(t('report.newEdition.created', { label: created.label }));
    onDone();
    void navigate(`/report/${created.id}`);
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

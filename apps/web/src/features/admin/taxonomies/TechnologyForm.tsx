import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ZCreateTechnology, type TCreateTechnology } from '@srt/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCreateTechnology } from '../../../api/technologies/mutations';
import { FormCard } from '../../../shared/components/FormCard';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormAlert } from '../../../shared/forms/FormAlert';
import { placeServerErrors } from '../../../shared/forms/server-errors';
import { notifySuccess } from '../../../shared/notify';

const FIELDS = ['slug', 'nameEn', 'nameFr', 'description'] as const;

export function TechnologyForm() {
  const { t } = useTranslation();
  const create = useCreateTechnology();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<z.input<typeof ZCreateTechnology>, unknown, TCreateTechnology>({
    resolver: zodResolver(ZCreateTechnology),
    defaultValues: { slug: '', nameEn: '', nameFr: '', description: '' },
  });

  const submit = handleSubmit((values) => {
    setFormError(null);
    create.mutate(values, {
      onSuccess: (technology) => {
        notifySuccess(t('technologies.created', { name: technology.nameEn }));
        reset();
      },
      onError: (error) => setFormError(placeServerErrors(error, FIELDS, setError)),
    });
  });

  return (
    <FormCard title={t('technologies.add')}>
      <form noValidate onSubmit={submit}>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('technologies.fields.slug')}
            description={t('common.slugHelp')}
            required
            {...register('slug')}
            error={fieldErrorText(errors.slug)}
          />
          <TextInput
            label={t('technologies.fields.nameEn')}
            lang="en"
            required
            {...register('nameEn')}
            error={fieldErrorText(errors.nameEn)}
          />
          <TextInput
            label={t('technologies.fields.nameFr')}
            lang="fr"
            required
            {...register('nameFr')}
            error={fieldErrorText(errors.nameFr)}
          />
        </SimpleGrid>
        <Textarea
          label={t('technologies.fields.description')}
          mt="sm"
          autosize
          minRows={2}
          {...register('description')}
          error={fieldErrorText(errors.description)}
        />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={create.isPending}>
            {t('technologies.submit')}
          </Button>
        </Group>
      </form>
    </FormCard>
  );
}

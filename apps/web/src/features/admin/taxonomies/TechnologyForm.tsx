import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ZCreateTechnology } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateTechnology } from '../../../api/technologies/mutations';
import { FormCard } from '../../../shared/components/FormCard';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifySuccess } from '../../../shared/notify';

const FIELDS = ['slug', 'nameEn', 'nameFr', 'description'] as const;

export function TechnologyForm() {
  const { t } = useTranslation();
  const create = useCreateTechnology();
  const {
    register,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateTechnology, {
    defaultValues: { slug: '', nameEn: '', nameFr: '', description: '' },
    fields: FIELDS,
  });

  const submit = submitWith(create, (technology) => {
    notifySuccess(t('technologies.created', { name: technology.nameEn }));
    reset();
  });

  return (
    <FormCard
      title={t('technologies.add')}
      onSubmit={submit}
      formError={formError}
      submitLabel={t('technologies.submit')}
      saving={create.isPending}
    >
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
    </FormCard>
  );
}

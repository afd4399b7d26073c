import { SimpleGrid, TextInput } from '@mantine/core';
import { ZCreateSourceBody } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateSource } from '../../../api/sources/mutations';
import { FormCard } from '../../../shared/components/FormCard';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifySuccess } from '../../../shared/notify';
import { sourceKindOptions } from '../../../shared/options';

const FIELDS = ['slug', 'name', 'kind'] as const;

export function SourceForm() {
  const { t } = useTranslation();
  const create = useCreateSource();
  const {
    register,
    control,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateSourceBody, {
    defaultValues: { slug: '', name: '' },
    fields: FIELDS,
  });

  const submit = submitWith(create, (source) => {
    notifySuccess(t('sources.created', { name: source.name }));
    reset();
  });

  return (
    <FormCard
      title={t('sources.add')}
      onSubmit={submit}
      formError={formError}
      submitLabel={t('sources.submit')}
      saving={create.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('sources.fields.slug')}
          description={t('common.slugHelp')}
          required
          {...register('slug')}
          error={fieldErrorText(errors.slug)}
        />
        <TextInput
          label={t('sources.fields.name')}
          required
          {...register('name')}
          error={fieldErrorText(errors.name)}
        />
        <FormSelect
          control={control}
          name="kind"
          label={t('sources.fields.kind')}
          data={sourceKindOptions()}
          required
        />
      </SimpleGrid>
    </FormCard>
  );
}

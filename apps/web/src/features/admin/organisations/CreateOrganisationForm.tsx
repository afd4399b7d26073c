import { SimpleGrid, TextInput } from '@mantine/core';
import { ZCreateOrganisation } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation } from '../../../api/organisations/mutations';
import { FormCard } from '../../../shared/components/FormCard';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifySuccess } from '../../../shared/notify';
import { organisationTypeOptions } from '../../../shared/options';

const FIELDS = ['name', 'type', 'country'] as const;

/** An empty country means "none" (international organisations, the Secretariat); codes are upper case. */
const toCountry = (value: string) => (value.trim() === '' ? null : value.trim().toUpperCase());

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const {
    register,
    control,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateOrganisation, {
    defaultValues: { name: '' },
    fields: FIELDS,
  });

  const submit = submitWith(create, (organisation) => {
    notifySuccess(t('organisations.created', { name: organisation.name }));
    reset();
  });

  return (
    <FormCard
      title={t('organisations.add')}
      onSubmit={submit}
      formError={formError}
      submitLabel={t('organisations.submit')}
      saving={create.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('organisations.fields.name')}
          required
          {...register('name')}
          error={fieldErrorText(errors.name)}
        />
        <FormSelect
          control={control}
          name="type"
          label={t('organisations.fields.type')}
          data={organisationTypeOptions()}
          required
        />
        <TextInput
          label={t('organisations.fields.country')}
          description={t('organisations.fields.countryHelp')}
          maxLength={2}
          {...register('country', { setValueAs: toCountry })}
          error={fieldErrorText(errors.country)}
        />
      </SimpleGrid>
    </FormCard>
  );
}

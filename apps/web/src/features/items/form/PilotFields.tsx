import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { PILOT_STAGES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../../../api/organisations/queries';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { FormTagsInput } from '../../../shared/forms/FormListInput';
import { emptyToNull } from './CommonFields';
import type { ItemForm } from './ItemForm';

type PilotField = 'country' | 'startDate' | 'endDate' | 'outcomes';
type PilotErrors = Partial<Record<PilotField, { message?: string; type: string }>>;

export function PilotFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  // The error object is typed for the union of kinds; these fields exist only on pilot records.
  const errors = form.formState.errors as PilotErrors;
  const chooseAdministration = (id: string | null) => {
    // The pilot's country follows its administration unless the author already chose one.
    const country = organisations.data?.find((organisation) => organisation.id === id)?.country;
    if (country && !form.getValues('country')) form.setValue('country', country, { shouldDirty: true });
  };
  return (
    <Fieldset legend={t('itemKind.PILOT')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormSelect
            control={form.control}
            name="administrationId"
            label={t('items.fields.administration')}
            data={(organisations.data ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            searchable
            required
            onOptionSubmit={chooseAdministration}
          />
          <TextInput
            label={t('items.fields.country')}
            description={t('itemForm.countryHelp')}
            required
            maxLength={2}
            {...form.register('country', { setValueAs: (value: string) => value.trim().toUpperCase() })}
            error={fieldErrorText(errors.country)}
          />
          <FormSelect
            control={form.control}
            name="stage"
            label={t('items.fields.stage')}
            data={PILOT_STAGES.map((stage) => ({ value: stage, label: t(`pilotStages.${stage}`) }))}
            allowDeselect={false}
            required
          />
          <FormTagsInput
            control={form.control}
            name="partners"
            label={t('items.fields.partners')}
            description={t('itemForm.partnersHelp')}
          />
          <TextInput
            label={t('items.fields.startDate')}
            type="date"
            required
            {...form.register('startDate')}
            error={fieldErrorText(errors.startDate)}
          />
          <TextInput
            label={t('items.fields.endDate')}
            description={t('itemForm.endDateHelp')}
            type="date"
            {...form.register('endDate', { setValueAs: emptyToNull })}
            error={fieldErrorText(errors.endDate)}
          />
        </SimpleGrid>
        <Textarea
          label={t('items.fields.outcomes')}
          description={t('itemForm.outcomesHelp')}
          autosize
          minRows={3}
          {...form.register('outcomes')}
          error={fieldErrorText(errors.outcomes)}
        />
      </Stack>
    </Fieldset>
  );
}

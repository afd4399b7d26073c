import { Fieldset, SimpleGrid } from '@mantine/core';
import { ADDRESSEES, PRIORITIES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { FormMultiSelect } from '../../../shared/forms/FormListInput';
import { FormSelect } from '../../../shared/forms/FormSelect';
import type { ItemForm } from './ItemForm';

export function RecommendationFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('itemKind.RECOMMENDATION')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormMultiSelect
          control={form.control}
          name="addressees"
          label={t('items.fields.addressees')}
          data={ADDRESSEES.map((addressee) => ({ value: addressee, label: t(`addressees.${addressee}`) }))}
          required
        />
        <FormSelect
          control={form.control}
          name="priority"
          label={t('items.fields.priority')}
          placeholder={t('itemForm.noPriority')}
          data={PRIORITIES.map((priority) => ({ value: priority, label: t(`priorities.${priority}`) }))}
          clearable
          emptyValue={null}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

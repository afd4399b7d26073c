import { Fieldset, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../shared/forms/field-error';
import type { ItemForm } from './ItemForm';

type LessonErrors = Partial<Record<'context' | 'lesson', { message?: string; type: string }>>;

export function LessonFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  // The error object is typed for the union of kinds; these two fields exist only on lessons.
  const errors = form.formState.errors as LessonErrors;
  return (
    <Fieldset legend={t('itemKind.LESSON')}>
      <Stack gap="sm">
        <Textarea
          label={t('items.fields.context')}
          description={t('itemForm.contextHelp')}
          required
          autosize
          minRows={3}
          {...form.register('context')}
          error={fieldErrorText(errors.context)}
        />
        <Textarea
          label={t('items.fields.lesson')}
          description={t('itemForm.lessonHelp')}
          required
          autosize
          minRows={3}
          {...form.register('lesson')}
          error={fieldErrorText(errors.lesson)}
        />
      </Stack>
    </Fieldset>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { ITEM_CONTENT_FIELDS, ZItemContent, type TItemContent } from '@srt/contracts';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../shared/forms/FormAlert';
import { UnsavedChangesDialog, useUnsavedChangesGuard } from '../../../shared/forms/UnsavedChangesGuard';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { CommonFields } from './CommonFields';
import { type ItemFormStart, type ItemFormValues } from './item-form-values';
import { LessonFields } from './LessonFields';
import { PilotFields } from './PilotFields';
import { RecommendationFields } from './RecommendationFields';

export type ItemForm = UseFormReturn<ItemFormValues, unknown, TItemContent>;

export interface SaveHelpers {
  /** Shows a refused save's errors: each on its field, the rest above the form. */
  showServerError: (error: unknown) => void;
  /** Lets the next navigation through without the unsaved-changes warning. */
  allowLeaving: () => void;
}

interface ItemFormProps {
  defaultValues: ItemFormStart;
  /** The item being edited, left out of its own likely duplicates. */
  reference?: string;
  submitLabel: string;
  saving: boolean;
  onSave: (content: TItemContent, helpers: SaveHelpers) => void;
  onCancel: () => void;
}

/**
 * The form of one kind of item, validated with the contracts' schema of that kind (ZItemContent
 * picks it by `kind`), so the browser and the API apply exactly the same rules.
 */
export function ItemForm({ defaultValues, reference, submitLabel, saving, onSave, onCancel }: ItemFormProps) {
  const { t } = useTranslation();
  const kind = defaultValues.kind;
  const { formError, showServerError, ...form } = useServerForm<ItemFormValues, TItemContent>(ZItemContent, {
    defaultValues,
    // Server errors are placed on the fields this kind's form shows.
    fields: ITEM_CONTENT_FIELDS[kind],
  });
  const { blocker, allowLeaving } = useUnsavedChangesGuard(form.formState.isDirty);

  return (
    <form noValidate onSubmit={form.handleSubmit((content) => onSave(content, { showServerError, allowLeaving }))}>
      <Stack gap="lg">
        <FormAlert message={formError} />
        <CommonFields form={form} reference={reference} />
        {kind === 'RECOMMENDATION' && <RecommendationFields form={form} />}
        {kind === 'LESSON' && <LessonFields form={form} />}
        {kind === 'PILOT' && <PilotFields form={form} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
      <UnsavedChangesDialog blocker={blocker} />
    </form>
  );
}

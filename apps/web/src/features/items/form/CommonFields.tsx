import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { LANGUAGES } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useMeetings } from '../../../api/meetings/queries';
import { useSources } from '../../../api/sources/queries';
import { useTechnologies } from '../../../api/technologies/queries';
import { currentLanguage } from '../../../i18n';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormMultiSelect } from '../../../shared/forms/FormListInput';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { formatDate } from '../../../shared/format';
import { technologyName } from '../../../shared/technology-name';
import type { ItemForm } from './ItemForm';
import { SimilarItems } from './SimilarItems';

/** Optional text left empty is sent as null ("not given"), not as empty text. */
export const emptyToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/** The fields every kind shares: what it says, and where it belongs. */
export function CommonFields({ form, reference }: { form: ItemForm; reference?: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const technologies = useTechnologies();
  const sources = useSources();
  const meetings = useMeetings();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const selectedTechnologies = form.watch('technologies');

  // Only active technologies may be chosen; one the item already has stays listed so it can be kept or removed.
  const technologyOptions = (technologies.data ?? [])
    .filter((technology) => technology.active || selectedTechnologies.includes(technology.slug))
    .map((technology) => ({ value: technology.slug, label: technologyName(technology, language) }));
  const sourceOptions = (sources.data ?? [])
    .filter((source) => source.active || source.slug === form.getValues('source'))
    .map((source) => ({ value: source.slug, label: source.name }));
  const meetingOptions = (meetings.data ?? []).map((meeting) => ({
    value: meeting.id,
    label: `${meeting.title} (${formatDate(meeting.startDate)})`,
  }));

  return (
    <>
      <Fieldset legend={t('itemForm.content')}>
        <Stack gap="sm">
          <TextInput
            label={t('items.fields.title')}
            required
            {...register('title')}
            error={fieldErrorText(errors.title)}
          />
          <SimilarItems form={form} reference={reference} />
          <Textarea
            label={t('items.fields.summary')}
            description={t('itemForm.summaryHelp')}
            autosize
            minRows={2}
            {...register('summary')}
            error={fieldErrorText(errors.summary)}
          />
          <Textarea
            label={t('items.fields.body')}
            description={t('itemForm.markdownHelp')}
            autosize
            minRows={5}
            {...register('body')}
            error={fieldErrorText(errors.body)}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('itemForm.classification')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormMultiSelect
            control={control}
            name="technologies"
            label={t('items.fields.technologies')}
            data={technologyOptions}
            searchable
            required
          />
          <FormSelect
            control={control}
            name="source"
            label={t('items.fields.source')}
            data={sourceOptions}
            searchable
            required
          />
          <FormSelect
            control={control}
            name="meetingId"
            label={t('items.fields.meeting')}
            placeholder={t('itemForm.noMeeting')}
            data={meetingOptions}
            searchable
            clearable
            emptyValue={null}
          />
          <TextInput
            label={t('items.fields.documentRef')}
            description={t('itemForm.documentRefHelp')}
            {...register('documentRef', { setValueAs: emptyToNull })}
            error={fieldErrorText(errors.documentRef)}
          />
          <FormSelect
            control={control}
            name="language"
            label={t('items.fields.language')}
            data={LANGUAGES.map((each) => ({ value: each, label: t(`language.${each}`) }))}
            allowDeselect={false}
            required
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}

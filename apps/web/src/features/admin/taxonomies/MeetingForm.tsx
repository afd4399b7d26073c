import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ZCreateMeeting, type TSourceBody } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateMeeting } from '../../../api/meetings/mutations';
import { FormCard } from '../../../shared/components/FormCard';
import { fieldErrorText } from '../../../shared/forms/field-error';
import { FormSelect } from '../../../shared/forms/FormSelect';
import { useServerForm } from '../../../shared/forms/use-server-form';
import { notifySuccess } from '../../../shared/notify';

const FIELDS = ['source', 'title', 'startDate', 'endDate', 'location', 'agendaRef', 'notes'] as const;

/** Optional fields left empty are sent as null ("not known"), not as empty text. */
const emptyToNull = (value: string) => (value.trim() === '' ? null : value);

export function MeetingForm({ sources }: { sources: TSourceBody[] }) {
  const { t } = useTranslation();
  const create = useCreateMeeting();
  const {
    register,
    control,
    reset,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateMeeting, {
    defaultValues: { title: '', startDate: '', notes: '' },
    fields: FIELDS,
  });

  const submit = submitWith(create, (meeting) => {
    notifySuccess(t('meetings.created', { title: meeting.title }));
    reset();
  });

  return (
    <FormCard
      title={t('meetings.add')}
      onSubmit={submit}
      formError={formError}
      submitLabel={t('meetings.submit')}
      saving={create.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormSelect
          control={control}
          name="source"
          label={t('meetings.fields.source')}
          data={sources.filter((source) => source.active).map((source) => ({ value: source.slug, label: source.name }))}
          searchable
          required
        />
        <TextInput
          label={t('meetings.fields.title')}
          required
          {...register('title')}
          error={fieldErrorText(errors.title)}
        />
        <TextInput
          label={t('meetings.fields.startDate')}
          type="date"
          required
          {...register('startDate')}
          error={fieldErrorText(errors.startDate)}
        />
        <TextInput
          label={t('meetings.fields.endDate')}
          type="date"
          {...register('endDate', { setValueAs: emptyToNull })}
          error={fieldErrorText(errors.endDate)}
        />
        <TextInput
          label={t('meetings.fields.location')}
          {...register('location', { setValueAs: emptyToNull })}
          error={fieldErrorText(errors.location)}
        />
        <TextInput
          label={t('meetings.fields.agendaRef')}
          description={t('meetings.fields.agendaRefHelp')}
          {...register('agendaRef', { setValueAs: emptyToNull })}
          error={fieldErrorText(errors.agendaRef)}
        />
      </SimpleGrid>
      <Textarea
        label={t('meetings.fields.notes')}
        mt="sm"
        autosize
        minRows={2}
        {...register('notes')}
        error={fieldErrorText(errors.notes)}
      />
    </FormCard>
  );
}

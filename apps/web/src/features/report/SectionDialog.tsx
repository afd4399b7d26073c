import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { ZCreateSection, type TReportSection } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateSection, useUpdateSection } from '../../api/report/mutations';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { useServerForm } from '../../shared/forms/use-server-form';
import { notifySuccess } from '../../shared/notify';

// The contract's title and intro rules, without the chapter and position the dialog does not ask for.
const ZSectionFields = ZCreateSection.pick({ title: true, intro: true });
const FIELDS = ['title', 'intro'] as const;

interface SectionDialogProps {
  editionId: string;
  opened: boolean;
  onClose: () => void;
  /** Edits this section; without it the dialog adds a section to `chapterId`. */
  section?: TReportSection;
  chapterId: string;
}

export function SectionDialog({ editionId, opened, onClose, section, chapterId }: SectionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={section ? t('report.edit.editSectionTitle', { title: section.title }) : t('report.edit.addSection')}
      size="lg"
    >
      {opened && <SectionForm editionId={editionId} section={section} chapterId={chapterId} onDone={onClose} />}
    </Modal>
  );
}

function SectionForm({
  editionId,
  section,
  chapterId,
  onDone,
}: {
  editionId: string;
  section?: TReportSection;
  chapterId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSection(editionId);
  const update = useUpdateSection(editionId);
  const {
    register,
    handleSubmit,
    formState: { errors },
    formError,
    showServerError,
  } = useServerForm(ZSectionFields, {
    defaultValues: { title: section?.title ?? '', intro: section?.intro ?? '' },
    fields: FIELDS,
  });
  const done = (message: string) => () => {
    notifySuccess(message);
    onDone();
  };
  const submit = handleSubmit((fields) => {
    if (section) {
      // Only what changed: an unchanged text must not make the section's links suspect.
      const changes = {
        title: fields.title !== section.title ? fields.title : undefined,
        intro: fields.intro !== section.intro ? fields.intro : undefined,
      };
      if (changes.title === undefined && changes.intro === undefined) return onDone();
      update.mutate(
        { id: section.id, changes },
        { onSuccess: done(t('report.edit.sectionSaved')), onError: showServerError },
      );
    } else {
      create.mutate(
        { chapterId, ...fields },
        { onSuccess: done(t('report.edit.sectionAdded')), onError: showServerError },
      );
    }
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormAlert message={formError} />
        {section && section.traces.length > 0 && <Text size="sm">{t('report.edit.suspectWarning')}</Text>}
        <TextInput
          label={t('report.edit.sectionName')}
          required
          data-autofocus
          {...register('title')}
          error={fieldErrorText(errors.title)}
        />
        <Textarea
          label={t('report.edit.intro')}
          description={t('itemForm.markdownHelp')}
          autosize
          minRows={6}
          {...register('intro')}
          error={fieldErrorText(errors.intro)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {section ? t('report.edit.save') : t('report.edit.addSection')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

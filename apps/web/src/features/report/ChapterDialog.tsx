import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { ZCreateChapter } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { useCreateChapter } from '../../api/report/mutations';
import { useTechnologies } from '../../api/technologies/queries';
import { currentLanguage } from '../../i18n';
import { fieldErrorText } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/FormAlert';
import { FormSelect } from '../../shared/forms/FormSelect';
import { useServerForm } from '../../shared/forms/use-server-form';
import { notifySuccess } from '../../shared/notify';
import { technologyName } from '../../shared/technology-name';

const FIELDS = ['title', 'technology'] as const;

/** Adds a chapter at the end of the edition; a technology chapter is named after its technology. */
export function ChapterDialog({
  editionId,
  opened,
  onClose,
}: {
  editionId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('report.edit.addChapter')}>
      {opened && <ChapterForm editionId={editionId} onDone={onClose} />}
    </Modal>
  );
}

function ChapterForm({ editionId, onDone }: { editionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateChapter(editionId);
  const technologies = useTechnologies();
  const language = currentLanguage();
  const {
    register,
    control,
    formState: { errors },
    formError,
    submitWith,
  } = useServerForm(ZCreateChapter, {
    defaultValues: { title: '', technology: null },
    fields: FIELDS,
  });
  const submit = submitWith(create, () => {
    notifySuccess(t('report.edit.chapterAdded'));
    onDone();
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          label={t('report.edit.chapterName')}
          required
          data-autofocus
          {...register('title')}
          error={fieldErrorText(errors.title)}
        />
        <FormSelect
          control={control}
          name="technology"
          label={t('report.edit.chapterTechnology')}
          placeholder={t('report.edit.noTechnology')}
          data={(technologies.data ?? [])
            .filter((technology) => technology.active)
            .map((technology) => ({ value: technology.slug, label: technologyName(technology, language) }))}
          clearable
          emptyValue={null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('report.edit.addChapter')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Stack, Title } from '@mantine/core';
import type { TReportChapter, TReportSection } from '@srt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateSection } from '../../api/report/mutations';
import { currentLanguage } from '../../i18n';
import { notifyFailure } from '../../shared/notify';
import { chapterTitle } from './chapter-title';
import { MoveButtons } from './MoveButtons';
import { BELOW_HEADER, chapterHeadingId } from './report-location';
import { ReportSection } from './ReportSection';
import { SectionDialog } from './SectionDialog';

interface ReportChapterProps {
  editionId: string;
  chapter: TReportChapter;
  /** Chapter controls, for the Secretariat on a draft edition. */
  editing: null | {
    first: boolean;
    last: boolean;
    busy: boolean;
    onMove: (offset: -1 | 1) => void;
    onAddTrace: (section: TReportSection) => void;
  };
}

/** What the section dialog is open for: a new section, or changing one. */
type SectionEdit = { section?: TReportSection } | null;

export function ReportChapter({ editionId, chapter, editing }: ReportChapterProps) {
  const { t } = useTranslation();
  const title = chapterTitle(chapter, currentLanguage());
  const moveSection = useUpdateSection(editionId);
  const [sectionEdit, setSectionEdit] = useState<SectionEdit>(null);
  const move = (section: TReportSection, offset: -1 | 1) =>
    moveSection.mutate(
      { id: section.id, changes: { position: section.position + offset } },
      { onError: notifyFailure },
    );

  return (
    <Stack component="section" gap="md" aria-labelledby={chapterHeadingId(chapter)}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} id={chapterHeadingId(chapter)} tabIndex={-1} style={{ scrollMarginTop: BELOW_HEADER }}>
          {title}
        </Title>
        {editing && (
          <Group gap="xs">
            <MoveButtons
              name={title}
              first={editing.first}
              last={editing.last}
              busy={editing.busy}
              onMove={editing.onMove}
            />
            <Button
              size="xs"
              variant="default"
              onClick={() => setSectionEdit({})}
              aria-label={t('report.edit.addSectionTo', { chapter: title })}
            >
              {t('report.edit.addSection')}
            </Button>
          </Group>
        )}
      </Group>
      {chapter.sections.map((section, index) => (
        <ReportSection
          key={section.id}
          editionId={editionId}
          section={section}
          place={`${title} › ${section.title}`}
          editing={
            editing && {
              first: index === 0,
              last: index === chapter.sections.length - 1,
              busy: moveSection.isPending,
              onMove: (offset) => move(section, offset),
              onEdit: () => setSectionEdit({ section }),
              onAddTrace: () => editing.onAddTrace(section),
            }
          }
        />
      ))}
      {editing && (
        <SectionDialog
          editionId={editionId}
          chapterId={chapter.id}
          opened={sectionEdit !== null}
          section={sectionEdit?.section}
          onClose={() => setSectionEdit(null)}
        />
      )}
    </Stack>
  );
}

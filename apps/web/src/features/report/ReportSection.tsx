import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TReportSection } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../shared/components/Markdown';
import { MoveButtons } from './MoveButtons';
import { BELOW_HEADER } from './report-location';
import { TraceList } from './TraceList';

interface ReportSectionProps {
  editionId: string;
  section: TReportSection;
  /** "Chapter › section": section titles repeat from chapter to chapter, so controls are named with both. */
  place: string;
  /** Editing controls, for the Secretariat on a draft edition. */
  editing: null | {
    first: boolean;
    last: boolean;
    busy: boolean;
    onMove: (offset: -1 | 1) => void;
    onEdit: () => void;
    onAddTrace: () => void;
  };
}

export function ReportSection({ editionId, section, place, editing }: ReportSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="xs" aria-labelledby={section.anchor}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        {/* Focusable by script: a followed link to the section moves the keyboard there too. */}
        <Title order={3} id={section.anchor} tabIndex={-1} style={{ scrollMarginTop: BELOW_HEADER }}>
          {section.title}
        </Title>
        {editing && (
          <Group gap="xs">
            <MoveButtons
              name={place}
              first={editing.first}
              last={editing.last}
              busy={editing.busy}
              onMove={editing.onMove}
            />
            <Button
              size="xs"
              variant="default"
              onClick={editing.onEdit}
              aria-label={t('report.edit.editSectionNamed', { title: place })}
            >
              {t('report.edit.editSection')}
            </Button>
          </Group>
        )}
      </Group>
      {section.intro ? <Markdown source={section.intro} /> : <Text c="dimmed">{t('report.noText')}</Text>}
      <TraceList editionId={editionId} sectionTitle={place} traces={section.traces} editable={Boolean(editing)} />
      {editing && (
        <Group>
          <Button size="xs" onClick={editing.onAddTrace} aria-label={t('report.trace.addNamed', { section: place })}>
            {t('report.trace.addButton')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import type { TEditionTree } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { chapterTitle } from './chapter-title';

// The header is fixed: a section reached by its anchor must not end up underneath it.
const BELOW_HEADER = 'calc(var(--app-shell-header-height, 56px) + 1rem)';

export function ReportChapter({ chapter }: { chapter: TEditionTree['chapters'][number] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="xs">
      <Title order={2}>{chapterTitle(chapter, currentLanguage())}</Title>
      {chapter.sections.map((section) => (
        <div key={section.id}>
          <Title order={3} id={section.anchor} style={{ scrollMarginTop: BELOW_HEADER }}>
            {section.title}
          </Title>
          {/* Shown as plain text: the Markdown of a section is never turned into HTML here. */}
          <Text c={section.intro ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {section.intro || t('report.noText')}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

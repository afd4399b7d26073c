import { Button, Group, VisuallyHidden } from '@mantine/core';
import type { TEditionTree, TReportChapter } from '@srt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n';
import { chapterTitle } from './chapter-title';
import { chapterLink } from './report-location';

/** The chapters before and after the open one: reading on without going back to the contents. */
export function ChapterPager({ chapters, chapter }: { chapters: TEditionTree['chapters']; chapter: TReportChapter }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const index = chapters.findIndex((each) => each.id === chapter.id);
  const previous = chapters[index - 1];
  const next = chapters[index + 1];
  return (
    <Group component="nav" aria-label={t('report.pager.label')} justify="space-between" gap="xs">
      {previous ? (
        <Button component={Link} to={chapterLink(previous)} variant="default" style={{ maxWidth: '100%' }}>
          <span aria-hidden="true">←&nbsp;</span>
          <VisuallyHidden>{t('report.pager.previous')} </VisuallyHidden>
          {chapterTitle(previous, language)}
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button component={Link} to={chapterLink(next)} variant="default" style={{ maxWidth: '100%' }}>
          <VisuallyHidden>{t('report.pager.next')} </VisuallyHidden>
          {chapterTitle(next, language)}
          <span aria-hidden="true">&nbsp;→</span>
        </Button>
      )}
    </Group>
  );
}

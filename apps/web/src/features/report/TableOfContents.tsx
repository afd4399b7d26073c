import { Badge, Group, NavLink, Title, VisuallyHidden } from '@mantine/core';
import type { TEditionTree, TReportChapter, TTrace } from '@srt/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n';
import { chapterTitle } from './chapter-title';
import { chapterLink, sectionLink, type ReportView } from './report-location';
import { isWithdrawn } from './withdrawn';

/** How many items back a chapter or section, and how many of their links need checking: coverage at a glance. */
function TraceCounts({ traces }: { traces: TTrace[] }) {
  const { t } = useTranslation();
  const suspect = traces.filter((trace) => trace.suspect).length;
  const items = traces.filter((trace) => !isWithdrawn(trace)).length;
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant={items > 0 ? 'light' : 'default'}>
        <span aria-hidden="true">{items}</span>
        <VisuallyHidden>{t('report.contents.items', { count: items })}</VisuallyHidden>
      </Badge>
      {suspect > 0 && (
        // Marked like a suspect link in the section itself: an orange dot.
        <Badge size="sm" variant="dot" color="orange">
          <span aria-hidden="true">{suspect}</span>
          <VisuallyHidden>{t('report.coverage.suspect', { count: suspect })}</VisuallyHidden>
        </Badge>
      )}
    </Group>
  );
}

const tracesOf = (chapter: TReportChapter) => chapter.sections.flatMap((section) => section.traces);

interface TableOfContentsProps {
  chapters: TEditionTree['chapters'];
  view: ReportView;
  /** Called after a link is followed (the drawer holding the contents on small screens closes). */
  onNavigate?: () => void;
}

/** Every chapter, the open one with its sections; each with its item and suspect-link counts. */
export function TableOfContents({ chapters, view, onNavigate }: TableOfContentsProps) {
  // Rendered both beside the chapter and in the small screens' drawer: ids unique to each copy.
  const headingId = useId();
  const { t } = useTranslation();
  const language = currentLanguage();
  const open = view.kind === 'chapter' ? view : null;
  return (
    <nav aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('report.tableOfContents')}
      </Title>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {chapters.map((chapter) => {
          const isOpen = open?.chapter.id === chapter.id;
          return (
            <li key={chapter.id}>
              <NavLink
                component={Link}
                to={chapterLink(chapter)}
                onClick={onNavigate}
                label={chapterTitle(chapter, language)}
                rightSection={<TraceCounts traces={tracesOf(chapter)} />}
                active={isOpen}
                // With one of its sections selected, the chapter stands out less than the section.
                variant={open?.section ? 'subtle' : 'light'}
                fw={isOpen ? 700 : undefined}
                aria-current={isOpen && !open?.section ? 'page' : undefined}
                py={6}
              />
              {isOpen && (
                <ol style={{ listStyle: 'none', margin: 0, paddingInlineStart: 'var(--mantine-spacing-md)' }}>
                  {chapter.sections.map((section) => {
                    const current = open?.section?.id === section.id;
                    return (
                      <li key={section.id}>
                        <NavLink
                          component={Link}
                          to={sectionLink(section.anchor)}
                          onClick={onNavigate}
                          label={section.title}
                          rightSection={<TraceCounts traces={section.traces} />}
                          active={current}
                          aria-current={current ? 'location' : undefined}
                          py={4}
                        />
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

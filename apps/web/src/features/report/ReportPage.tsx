import { Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TEditionTree, TReportChapter, TReportSection } from '@srt/contracts';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useUpdateChapter } from '../../api/report/mutations';
import { useEdition } from '../../api/report/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { describeError } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { notifyFailure } from '../../shared/notify';
import { usePageTitle } from '../../shared/use-page-title';
import { isSecretariat } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';
import { AddTraceDialog } from './AddTraceDialog';
import { ChapterDialog } from './ChapterDialog';
import { ChapterPager } from './ChapterPager';
import { CoveragePanel } from './CoveragePanel';
import { CoverageSummary } from './CoverageSummary';
import { EditionStatusBadge } from './EditionStatusBadge';
import { EditionToolbar } from './EditionToolbar';
import { ReportChapter } from './ReportChapter';
import { BELOW_HEADER, chapterHeadingId, reportViewOf, type ReportView } from './report-location';
import classes from './ReportPage.module.css';
import { TableOfContents } from './TableOfContents';

const COVERAGE_HEADING_ID = 'coverage';

function describeEditionError(error: unknown): string {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return missing ? i18next.t('report.notFound') : describeError(error);
}

/** One edition of the report: a workspace of contents and coverage beside one chapter at a time. */
export function ReportPage() {
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  return (
    <QueryStatus query={edition} describe={describeEditionError}>
      {(tree) => <EditionWorkspace edition={tree} />}
    </QueryStatus>
  );
}

/** The element a view starts at: the section, the chapter's heading, or the coverage's. */
function targetOf(view: ReportView): string | null {
  if (view.kind === 'chapter') return view.section ? view.section.anchor : chapterHeadingId(view.chapter);
  return view.kind === 'coverage' ? COVERAGE_HEADING_ID : null;
}

/**
 * Each followed link within the page brings its target to the top and moves the keyboard focus
 * there, as a jump to an anchor would. The page as first opened does so only when its URL names a
 * section: the sections exist only once the edition has loaded, too late for the browser's own jump.
 */
function useFollowTarget(view: ReportView) {
  const location = useLocation();
  const target = targetOf(view);
  const [arrival] = useState(location.key);
  useEffect(() => {
    if (location.key === arrival && !location.hash) return;
    const element = target ? document.getElementById(target) : null;
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'start' });
  }, [arrival, location.key, location.hash, target]);
}

function EditionWorkspace({ edition }: { edition: TEditionTree }) {
  const { t } = useTranslation();
  usePageTitle(edition.label);
  const me = useSignedInUser();
  const location = useLocation();
  const view = reportViewOf(edition, location);
  useFollowTarget(view);
  // A published edition is frozen (SPEC §3): only a draft is edited, and only by the Secretariat.
  const editable = isSecretariat(me.role) && edition.status === 'DRAFT';
  const [tracing, setTracing] = useState<TReportSection | null>(null);
  const [addingChapter, setAddingChapter] = useState(false);
  const [contentsOpened, contents] = useDisclosure(false);
  const contentsButton = useRef<HTMLButtonElement>(null);

  // The same navigation beside the chapter on wide screens and in a drawer on small ones. A link
  // followed in the drawer closes it and leaves the focus on its target; closing it otherwise
  // returns the focus to the button that opened it.
  const navigation = (onNavigate?: () => void) => (
    <Stack gap="lg">
      <CoverageSummary editionId={edition.id} current={view.kind === 'coverage'} onNavigate={onNavigate} />
      <TableOfContents chapters={edition.chapters} view={view} onNavigate={onNavigate} />
      {editable && (
        <Button variant="default" size="xs" onClick={() => setAddingChapter(true)}>
          {t('report.edit.addChapter')}
        </Button>
      )}
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{edition.label}</Title>
          <EditionStatusBadge status={edition.status} />
        </Group>
        {edition.publishedAt && (
          <Text c="dimmed">{t('report.publishedOn', { date: formatDate(edition.publishedAt) })}</Text>
        )}
        <EditionToolbar edition={edition} />
      </Stack>
      <Group hiddenFrom="lg">
        <Button ref={contentsButton} variant="default" onClick={contents.open} aria-haspopup="dialog">
          {t('report.contents.open')}
        </Button>
      </Group>
      <div className={classes.workspace}>
        <div className={classes.sidebar}>{navigation()}</div>
        <div className={classes.main}>
          {view.kind === 'chapter' && (
            <Stack gap="xl">
              <ChapterView edition={edition} chapter={view.chapter} editable={editable} onAddTrace={setTracing} />
              <ChapterPager chapters={edition.chapters} chapter={view.chapter} />
            </Stack>
          )}
          {view.kind === 'coverage' && (
            <Stack gap="md">
              <Title order={2} id={COVERAGE_HEADING_ID} tabIndex={-1} style={{ scrollMarginTop: BELOW_HEADER }}>
                {t('report.coverage.details')}
              </Title>
              <CoveragePanel editionId={edition.id} />
            </Stack>
          )}
          {view.kind === 'empty' && <Text>{t('report.noChapters')}</Text>}
        </div>
      </div>
      <Drawer
        opened={contentsOpened}
        onClose={() => {
          contents.close();
          contentsButton.current?.focus();
        }}
        returnFocus={false}
        title={t('report.contents.open')}
        closeButtonProps={{ 'aria-label': t('report.contents.close') }}
        size="min(22rem, 90vw)"
      >
        {navigation(contents.close)}
      </Drawer>
      {editable && (
        <>
          <AddTraceDialog editionId={edition.id} section={tracing} onClose={() => setTracing(null)} />
          <ChapterDialog editionId={edition.id} opened={addingChapter} onClose={() => setAddingChapter(false)} />
        </>
      )}
    </Stack>
  );
}

interface ChapterViewProps {
  edition: TEditionTree;
  chapter: TReportChapter;
  editable: boolean;
  onAddTrace: (section: TReportSection) => void;
}

/** The open chapter, with the Secretariat's controls on a draft edition. */
function ChapterView({ edition, chapter, editable, onAddTrace }: ChapterViewProps) {
  const moveChapter = useUpdateChapter(edition.id);
  const index = edition.chapters.findIndex((each) => each.id === chapter.id);
  return (
    <ReportChapter
      editionId={edition.id}
      chapter={chapter}
      editing={
        editable
          ? {
              first: index === 0,
              last: index === edition.chapters.length - 1,
              busy: moveChapter.isPending,
              onMove: (offset) =>
                moveChapter.mutate(
                  { id: chapter.id, changes: { position: chapter.position + offset } },
                  { onError: notifyFailure },
                ),
              onAddTrace,
            }
          : null
      }
    />
  );
}

import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
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
import { CoveragePanel } from './CoveragePanel';
import { EditionStatusBadge } from './EditionStatusBadge';
import { EditionToolbar } from './EditionToolbar';
import { ReportChapter } from './ReportChapter';
import { TableOfContents } from './TableOfContents';

function describeEditionError(error: unknown): string {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return missing ? i18next.t('report.notFound') : describeError(error);
}

/** One edition of the report: contents with the items behind each section, and its coverage. */
export function ReportPage() {
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  return (
    <QueryStatus query={edition} describe={describeEditionError}>
      {(tree) => <EditionView edition={tree} />}
    </QueryStatus>
  );
}

function EditionView({ edition }: { edition: TEditionTree }) {
  const { t } = useTranslation();
  usePageTitle(edition.label);
  const me = useSignedInUser();
  const { hash } = useLocation();
  // A published edition is frozen (SPEC §3): only a draft is edited, and only by the Secretariat.
  const editable = isSecretariat(me.role) && edition.status === 'DRAFT';
  const moveChapter = useUpdateChapter(edition.id);
  const [tracing, setTracing] = useState<TReportSection | null>(null);
  const [addingChapter, setAddingChapter] = useState(false);
  const [tab, setTab] = useState<string | null>('contents');
  // A section to scroll to once the contents are on screen (they may be behind the coverage tab);
  // each request is a new object, so asking for the same section twice scrolls twice.
  const [target, setTarget] = useState<{ anchor: string } | null>(null);
  const scrolledTo = useRef<{ anchor: string } | null>(null);
  const showSection = (anchor: string) => {
    setTab('contents');
    setTarget({ anchor });
  };
  // The sections exist only once the edition has loaded, too late for the browser's own jump to
  // the anchor: a new hash is followed here, while rendering (React's pattern for derived state).
  const [followedHash, setFollowedHash] = useState<string | null>(null);
  if (hash && hash !== followedHash) {
    setFollowedHash(hash);
    showSection(decodeURIComponent(hash.slice(1)));
  }
  useEffect(() => {
    if (!target || tab !== 'contents' || scrolledTo.current === target) return;
    document.getElementById(target.anchor)?.scrollIntoView();
    scrolledTo.current = target;
  }, [target, tab]);

  const move = (chapter: TReportChapter, offset: -1 | 1) =>
    moveChapter.mutate(
      { id: chapter.id, changes: { position: chapter.position + offset } },
      { onError: notifyFailure },
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
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="contents">{t('report.tabs.contents')}</Tabs.Tab>
          <Tabs.Tab value="coverage">{t('report.tabs.coverage')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contents" pt="md">
          <Stack gap="xl">
            <TableOfContents chapters={edition.chapters} />
            {edition.chapters.map((chapter, index) => (
              <ReportChapter
                key={chapter.id}
                editionId={edition.id}
                chapter={chapter}
                editing={
                  editable
                    ? {
                        first: index === 0,
                        last: index === edition.chapters.length - 1,
                        busy: moveChapter.isPending,
                        onMove: (offset) => move(chapter, offset),
                        onAddTrace: setTracing,
                      }
                    : null
                }
              />
            ))}
            {editable && (
              <Group>
                <Button variant="default" onClick={() => setAddingChapter(true)}>
                  {t('report.edit.addChapter')}
                </Button>
              </Group>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <CoveragePanel editionId={edition.id} onShowSection={showSection} />
        </Tabs.Panel>
      </Tabs>
      {editable && (
        <>
          <AddTraceDialog editionId={edition.id} section={tracing} onClose={() => setTracing(null)} />
          <ChapterDialog editionId={edition.id} opened={addingChapter} onClose={() => setAddingChapter(false)} />
        </>
      )}
    </Stack>
  );
}

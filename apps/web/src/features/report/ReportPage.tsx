import { Group, Stack, Text, Title } from '@mantine/core';
import type { TEditionTree } from '@srt/contracts';
import i18next from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useEdition } from '../../api/report/queries';
import { QueryStatus } from '../../shared/components/QueryStatus';
import { describeError } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/use-page-title';
import { EditionStatusBadge } from './EditionStatusBadge';
import { ReportChapter } from './ReportChapter';
import { TableOfContents } from './TableOfContents';

function describeEditionError(error: unknown): string {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return missing ? i18next.t('report.notFound') : describeError(error);
}

/** One edition of the report, read-only: its table of contents, then its chapters and sections. */
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
  const { hash } = useLocation();

  // The sections exist only once the edition has loaded, too late for the browser's own jump to the anchor.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  return (
    <Stack gap="lg">
      <div>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{edition.label}</Title>
          <EditionStatusBadge status={edition.status} />
        </Group>
        {edition.publishedAt && <Text c="dimmed">{t('report.publishedOn', { date: formatDate(edition.publishedAt) })}</Text>}
      </div>
      <TableOfContents chapters={edition.chapters} />
      {edition.chapters.map((chapter) => (
        <ReportChapter key={chapter.id} chapter={chapter} />
      ))}
    </Stack>
  );
}

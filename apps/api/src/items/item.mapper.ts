import type { TItem, TItemContent } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { sectionFingerprint } from '../report/fingerprint';
import { offeredActions } from '../workflow/allowed-actions';
import { itemPermissions } from './item-permissions';
import type { ItemRecord } from './item-record.query';

/** The author-editable content of an item: what revisions store and diffs compare. */
export function contentOf(row: ItemRecord): TItemContent {
  const common = {
    title: row.title,
    summary: row.summary,
    body: row.body,
    technologies: row.technologies.map((technology) => technology.slug).sort(),
    source: row.source.slug,
    meetingId: row.meetingId,
    documentRef: row.documentRef,
    language: row.language,
  };
  switch (row.kind) {
    case 'RECOMMENDATION':
      return { ...common, kind: 'RECOMMENDATION', addressees: row.addressees, priority: row.priority };
    case 'LESSON':
      return { ...common, kind: 'LESSON', context: row.context ?? '', lesson: row.lesson ?? '' };
    case 'PILOT':
      return {
        ...common,
        kind: 'PILOT',
        administrationId: row.administrationId as string,
        country: row.country as string,
        partners: row.partners,
        startDate: row.startDate as string,
        endDate: row.endDate,
        stage: row.stage as 'PLANNED',
        outcomes: row.outcomes ?? '',
      };
  }
}

export function toItem(row: ItemRecord, user: SessionUser): TItem {
  const common = {
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    body: row.body,
    technologies: row.technologies,
    source: row.source,
    meeting: row.meeting,
    documentRef: row.documentRef,
    language: row.language,
    status: row.status,
    author: row.author,
    organisation: row.organisation,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    version: row.version,
    links: row.links,
    permissions: itemPermissions(row, user),
    allowedActions: offeredActions(
      row,
      user,
      row.traces.some(({ section }) => section.chapter.edition.status === 'PUBLISHED'),
    ),
    usedIn: row.traces.map(({ fingerprint, section }) => ({
      editionId: section.chapter.edition.id,
      edition: section.chapter.edition.label,
      editionStatus: section.chapter.edition.status,
      chapter: section.chapter.title,
      section: section.title,
      sectionId: section.id,
      anchor: section.anchor,
      suspect: fingerprint !== sectionFingerprint(section),
    })),
  };
  switch (row.kind) {
    case 'RECOMMENDATION':
      return { ...common, kind: 'RECOMMENDATION', addressees: row.addressees, priority: row.priority };
    case 'LESSON':
      return { ...common, kind: 'LESSON', context: row.context ?? '', lesson: row.lesson ?? '' };
    case 'PILOT':
      return {
        ...common,
        kind: 'PILOT',
        administration: row.administration as { id: string; name: string },
        country: row.country as string,
        partners: row.partners,
        startDate: row.startDate as string,
        endDate: row.endDate,
        stage: row.stage as 'PLANNED',
        outcomes: row.outcomes ?? '',
      };
  }
}

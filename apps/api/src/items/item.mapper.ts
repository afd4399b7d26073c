import type { TItem, TItemContent } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { sectionFingerprint } from '../report/fingerprint';
import { offeredActions } from '../workflow/allowed-actions';
import { itemPermissions } from './item-permissions';
import { fieldsOf } from './item-kinds';
import type { ItemRecord } from './item-record.query';

/**
 * The values of the row's kind's own fields, in the kind's order: as its content holds them, or as
 * the item answer gives them (the pilot's administration itself rather than its id).
 */
function ownValues(row: ItemRecord, as: 'content' | 'answer'): Record<string, unknown> {
  return Object.fromEntries(
    fieldsOf(row.kind).map((field) => {
      if (as === 'answer' && field.answer) return [field.answer, row[field.answer]];
      const value = row[field.field];
      return [field.field, field.shape === 'text' ? (value ?? '') : value];
    }),
  );
}

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
  return { ...common, kind: row.kind, ...ownValues(row, 'content') } as TItemContent;
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
  return { ...common, kind: row.kind, ...ownValues(row, 'answer') } as TItem;
}

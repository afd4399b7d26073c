import type { TItem, TItemContent } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import type { Prisma } from '../generated/prisma/client';
import { visibleTo } from './item-visibility';
import { sectionFingerprint } from '../report/fingerprint';
import { itemPermissions } from './item-permissions';

export function itemInclude(user: SessionUser) {
  const linkedItem = { select: { reference: true, title: true, status: true } } as const;
  return {
    technologies: { include: { technology: { select: { slug: true, nameEn: true, nameFr: true } } } },
    source: { select: { slug: true, name: true } },
    meeting: { select: { id: true, title: true } },
    author: { select: { id: true, displayName: true } },
    organisation: { select: { id: true, name: true, country: true } },
    administration: { select: { id: true, name: true } },
    // Links show only the items the caller may see.
    linksFrom: { where: { to: visibleTo(user) }, include: { to: linkedItem }, orderBy: { createdAt: 'asc' } },
    linksTo: { where: { from: visibleTo(user) }, include: { from: linkedItem }, orderBy: { createdAt: 'asc' } },
    traces: {
      orderBy: { createdAt: 'asc' },
      select: {
        fingerprint: true,
        section: { select: { id: true, title: true, intro: true, anchor: true, chapter: { select: { title: true, edition: { select: { id: true, label: true, status: true } } } } } },
      },
    },
  } satisfies Prisma.ItemInclude;
}

export type ItemRow = Prisma.ItemGetPayload<{ include: ReturnType<typeof itemInclude> }>;

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The author-editable content of an item: what revisions store and diffs compare. */
export function contentOf(row: ItemRow): TItemContent {
  const common = {
    title: row.title,
    summary: row.summary,
    body: row.body,
    technologies: row.technologies.map((tag) => tag.technology.slug).sort(),
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
        startDate: isoDate(row.startDate) as string,
        endDate: isoDate(row.endDate),
        stage: row.stage as 'PLANNED',
        outcomes: row.outcomes ?? '',
      };
  }
}

export function toItem(row: ItemRow, user: SessionUser): TItem {
  const common = {
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    body: row.body,
    technologies: row.technologies.map((tag) => tag.technology).sort((a, b) => a.slug.localeCompare(b.slug)),
    source: row.source,
    meeting: row.meeting,
    documentRef: row.documentRef,
    language: row.language,
    status: row.status,
    author: row.author,
    organisation: row.organisation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
    links: [
      ...row.linksFrom.map((link) => ({ type: link.type, direction: 'outgoing' as const, ...link.to })),
      ...row.linksTo.map((link) => ({ type: link.type, direction: 'incoming' as const, ...link.from })),
    ],
    permissions: itemPermissions(row, user),
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
        startDate: isoDate(row.startDate) as string,
        endDate: isoDate(row.endDate),
        stage: row.stage as 'PLANNED',
        outcomes: row.outcomes ?? '',
      };
  }
}

import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient, type TransactionClient } from '../database/prisma.service';
import { sqlExecute } from '../database/sql';
import { Prisma } from '../generated/prisma/client';

export const TRACE_INCLUDE = {
  item: { select: { reference: true, title: true, kind: true, status: true, summary: true } },
} satisfies Prisma.TraceLinkInclude;

/**
 * Which trace links a read includes. The report presents accepted items: a link whose item was
 * reopened, rejected or withdrawn after it was traced is "withdrawn from the report" — the
 * Secretariat still sees it (to remove it or wait for the item's review), everyone else does not,
 * and the compiled document never contains it. The filter is part of the query, not applied after.
 */
export type TraceScope = 'accepted' | 'all';

const sectionInclude = (scope: TraceScope) =>
  ({
    traces: {
      include: TRACE_INCLUDE,
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      ...(scope === 'accepted' ? { where: { item: { status: 'ACCEPTED' } } } : {}),
    },
  }) satisfies Prisma.ReportSectionInclude;

const chapterInclude = (scope: TraceScope) =>
  ({
    technology: { select: { slug: true, nameEn: true, nameFr: true } },
    sections: { orderBy: { position: 'asc' }, include: sectionInclude(scope) },
  }) satisfies Prisma.ReportChapterInclude;

/** What the Secretariat's own writes answer with: they see every link. */
export const SECTION_INCLUDE = sectionInclude('all');
export const CHAPTER_INCLUDE = chapterInclude('all');

export type TraceRow = Prisma.TraceLinkGetPayload<{ include: typeof TRACE_INCLUDE }>;
export type SectionRow = Prisma.ReportSectionGetPayload<{ include: typeof SECTION_INCLUDE }>;
export type ChapterRow = Prisma.ReportChapterGetPayload<{ include: typeof CHAPTER_INCLUDE }>;

@Injectable()
export class ReportRepository {
  constructor(private readonly prisma: PrismaService) {}

  editions() {
    return this.prisma.reportEdition.findMany({
      orderBy: [{ createdAt: 'desc' }],
      include: { _count: { select: { chapters: true } } },
    });
  }

  /** The edition with its whole tree — chapters, sections, traced items — in one round of queries. */
  tree(id: string, scope: TraceScope, client: DatabaseClient = this.prisma) {
    return client.reportEdition.findUnique({
      where: { id },
      include: {
        _count: { select: { chapters: true } },
        chapters: { orderBy: { position: 'asc' }, include: chapterInclude(scope) },
      },
    });
  }

  /**
   * Takes the edition's row lock for the rest of the transaction. Every write to an edition's
   * structure or links takes it first, so concurrent writes queue instead of deadlocking on the
   * renumbering, each gets a distinct position, and a publish sees the edition it freezes.
   */
  async lockEdition(id: string, tx: TransactionClient): Promise<void> {
    await sqlExecute(tx, Prisma.sql`SELECT id FROM report_edition WHERE id = ${id}::uuid FOR UPDATE`);
  }

  createEdition(data: { label: string; basedOnId: string | null | undefined }, tx: TransactionClient) {
    return tx.reportEdition.create({ data, select: { id: true, label: true } });
  }

  async renameEdition(id: string, label: string, tx: TransactionClient): Promise<void> {
    await tx.reportEdition.update({ where: { id }, data: { label } });
  }

  async publishEdition(id: string, tx: TransactionClient): Promise<void> {
    await tx.reportEdition.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
  }

  edition(id: string, client: DatabaseClient) {
    return client.reportEdition.findUnique({
      where: { id },
      select: { id: true, label: true, status: true, basedOnId: true },
    });
  }

  chapter(id: string, client: DatabaseClient) {
    return client.reportChapter.findUnique({
      where: { id },
      include: { edition: { select: { id: true, status: true } } },
    });
  }

  section(id: string, client: DatabaseClient) {
    return client.reportSection.findUnique({
      where: { id },
      include: {
        chapter: { select: { id: true, title: true, editionId: true, edition: { select: { status: true } } } },
      },
    });
  }

  trace(id: string, client: DatabaseClient) {
    return client.traceLink.findUnique({
      where: { id },
      include: {
        ...TRACE_INCLUDE,
        section: {
          select: {
            title: true,
            intro: true,
            chapter: { select: { edition: { select: { id: true, status: true } } } },
          },
        },
      },
    });
  }

  /** Sections of every edition, for following a section's lineage across editions. */
  allSections() {
    return this.prisma.reportSection.findMany({
      select: {
        id: true,
        baseSectionId: true,
        title: true,
        anchor: true,
        chapter: { select: { editionId: true, title: true } },
      },
    });
  }

  /** Every place an item is traced, with what is needed to tell whether the link is suspect. */
  usages(itemId: string, client: DatabaseClient = this.prisma) {
    return client.traceLink.findMany({
      where: { itemId },
      orderBy: { createdAt: 'asc' },
      select: {
        fingerprint: true,
        section: {
          select: {
            id: true,
            title: true,
            intro: true,
            anchor: true,
            chapter: { select: { title: true, edition: { select: { id: true, label: true, status: true } } } },
          },
        },
      },
    });
  }

  isTracedInPublishedEdition(itemId: string, client: DatabaseClient) {
    return client.traceLink
      .count({ where: { itemId, section: { chapter: { edition: { status: 'PUBLISHED' } } } } })
      .then((count) => count > 0);
  }

  /** The active technologies, oldest first: the columns of the coverage matrix. */
  activeTechnologySlugs() {
    return this.prisma.technology.findMany({
      where: { active: true },
      orderBy: { createdAt: 'asc' },
      select: { slug: true },
    });
  }

  technologyId(slug: string, client: DatabaseClient): Promise<string | null> {
    return client.technology.findUnique({ where: { slug }, select: { id: true } }).then((row) => row?.id ?? null);
  }

  /** Where each item came from, for the compiled document's item notes. */
  itemOrigins(references: string[]) {
    return this.prisma.item.findMany({
      where: { reference: { in: references } },
      select: { reference: true, source: { select: { name: true } }, meeting: { select: { title: true } } },
    });
  }

  acceptedItems() {
    return this.prisma.item.findMany({
      where: { status: 'ACCEPTED' },
      select: {
        id: true,
        reference: true,
        title: true,
        kind: true,
        technologies: { select: { technology: { select: { slug: true } } } },
      },
      orderBy: { reference: 'asc' },
    });
  }
}

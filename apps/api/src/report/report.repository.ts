import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

const TRACE_INCLUDE = {
  item: { select: { reference: true, title: true, kind: true, status: true, summary: true } },
} satisfies Prisma.TraceLinkInclude;

export const SECTION_INCLUDE = {
  traces: { include: TRACE_INCLUDE, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
} satisfies Prisma.ReportSectionInclude;

export const CHAPTER_INCLUDE = {
  technology: { select: { slug: true, nameEn: true, nameFr: true } },
  sections: { orderBy: { position: 'asc' }, include: SECTION_INCLUDE },
} satisfies Prisma.ReportChapterInclude;

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
  tree(id: string, client: DatabaseClient = this.prisma) {
    return client.reportEdition.findUnique({
      where: { id },
      include: {
        _count: { select: { chapters: true } },
        chapters: { orderBy: { position: 'asc' }, include: CHAPTER_INCLUDE },
      },
    });
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

import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../database/prisma.service';
import { CHAPTER_INCLUDE, SECTION_INCLUDE, TRACE_INCLUDE } from './report.repository';

export interface EditionToCopy {
  chapters: {
    id: string;
    position: number;
    title: string;
    technologyId: string | null;
    sections: {
      id: string;
      position: number;
      title: string;
      anchor: string;
      intro: string;
      traces: {
        itemId: string;
        note: string;
        fingerprint: string;
        position: number;
        createdById: string;
        confirmedAt: Date;
      }[];
    }[];
  }[];
}

/** A row's place among its siblings, 1-based. */
export interface Placement {
  id: string;
  position: number;
}

/**
 * The writes to a draft edition's structure: chapters, sections and trace links. Every method
 * runs inside the caller's transaction, after it took the edition's lock (`ReportRepository.lockEdition`).
 */
@Injectable()
export class ReportStructureRepository {
  /**
   * Copies a base edition's chapters, sections and trace links into a new edition. Each copy
   * remembers what it was copied from (for diffs) and each link keeps its fingerprint, so a link
   * turns suspect as soon as its section is changed in the new edition.
   */
  async copyEdition(base: EditionToCopy, editionId: string, tx: TransactionClient): Promise<void> {
    for (const chapter of base.chapters) {
      const copy = await tx.reportChapter.create({
        data: {
          editionId,
          position: chapter.position,
          title: chapter.title,
          technologyId: chapter.technologyId,
          baseChapterId: chapter.id,
        },
      });
      for (const section of chapter.sections) {
        await tx.reportSection.create({
          data: {
            chapterId: copy.id,
            position: section.position,
            title: section.title,
            anchor: section.anchor,
            intro: section.intro,
            baseSectionId: section.id,
            traces: {
              create: section.traces.map((trace) => ({
                itemId: trace.itemId,
                note: trace.note,
                fingerprint: trace.fingerprint,
                position: trace.position,
                createdById: trace.createdById,
                confirmedAt: trace.confirmedAt,
              })),
            },
          },
        });
      }
    }
  }

  chapterCount(editionId: string, tx: TransactionClient): Promise<number> {
    return tx.reportChapter.count({ where: { editionId } });
  }

  createChapter(
    data: { editionId: string; title: string; position: number; technologyId: string | null | undefined },
    tx: TransactionClient,
  ) {
    return tx.reportChapter.create({ data, select: { id: true } });
  }

  async updateChapter(
    id: string,
    data: { title?: string; technologyId?: string | null },
    tx: TransactionClient,
  ): Promise<void> {
    await tx.reportChapter.update({ where: { id }, data });
  }

  async deleteChapter(id: string, tx: TransactionClient): Promise<void> {
    await tx.reportChapter.delete({ where: { id } });
  }

  /** The chapter as the Secretariat's writes answer with it: every link. */
  chapterTree(id: string, tx: TransactionClient) {
    return tx.reportChapter.findUniqueOrThrow({ where: { id }, include: CHAPTER_INCLUDE });
  }

  /** The edition's chapters in their order. */
  chapterOrder(editionId: string, tx: TransactionClient) {
    return tx.reportChapter.findMany({ where: { editionId }, orderBy: { position: 'asc' }, select: { id: true } });
  }

  async placeChapters(placements: Placement[], tx: TransactionClient): Promise<void> {
    for (const each of placements)
      await tx.reportChapter.update({ where: { id: each.id }, data: { position: each.position } });
  }

  sectionCount(chapterId: string, tx: TransactionClient): Promise<number> {
    return tx.reportSection.count({ where: { chapterId } });
  }

  createSection(
    data: { chapterId: string; title: string; anchor: string; intro: string | undefined; position: number },
    tx: TransactionClient,
  ) {
    return tx.reportSection.create({ data, select: { id: true } });
  }

  async updateSection(
    id: string,
    data: { title?: string; intro?: string; anchor?: string },
    tx: TransactionClient,
  ): Promise<void> {
    await tx.reportSection.update({ where: { id }, data });
  }

  async deleteSection(id: string, tx: TransactionClient): Promise<void> {
    await tx.reportSection.delete({ where: { id } });
  }

  /** The section as the Secretariat's writes answer with it: every link. */
  sectionTree(id: string, tx: TransactionClient) {
    return tx.reportSection.findUniqueOrThrow({ where: { id }, include: SECTION_INCLUDE });
  }

  /** The chapter's sections in their order. */
  sectionOrder(chapterId: string, tx: TransactionClient) {
    return tx.reportSection.findMany({ where: { chapterId }, orderBy: { position: 'asc' }, select: { id: true } });
  }

  async placeSections(placements: Placement[], tx: TransactionClient): Promise<void> {
    for (const each of placements)
      await tx.reportSection.update({ where: { id: each.id }, data: { position: each.position } });
  }

  /** The item a link would point to: any item but drafts, which only their author sees. */
  itemToTrace(reference: string, tx: TransactionClient) {
    return tx.item.findFirst({
      where: { reference, status: { not: 'DRAFT' } },
      select: { id: true, status: true },
    });
  }

  async isTraced(sectionId: string, itemId: string, tx: TransactionClient): Promise<boolean> {
    return (await tx.traceLink.count({ where: { sectionId, itemId } })) > 0;
  }

  traceCount(sectionId: string, tx: TransactionClient): Promise<number> {
    return tx.traceLink.count({ where: { sectionId } });
  }

  createTrace(
    data: {
      sectionId: string;
      itemId: string;
      note: string | undefined;
      fingerprint: string;
      position: number;
      createdById: string;
    },
    tx: TransactionClient,
  ) {
    return tx.traceLink.create({ data, include: TRACE_INCLUDE });
  }

  async deleteTrace(id: string, tx: TransactionClient): Promise<void> {
    await tx.traceLink.delete({ where: { id } });
  }

  /** Records that the link's section, as `fingerprint` describes it, was accepted for it. */
  confirmTrace(id: string, fingerprint: string, tx: TransactionClient) {
    return tx.traceLink.update({
      where: { id },
      data: { fingerprint, confirmedAt: new Date() },
      include: TRACE_INCLUDE,
    });
  }
}

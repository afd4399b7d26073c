import type { TransactionClient } from '../database/prisma.service';

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

/**
 * Copies a base edition's chapters, sections and trace links into a new edition. Each copy
 * remembers what it was copied from (for diffs) and each link keeps its fingerprint, so a link
 * turns suspect as soon as its section is changed in the new edition.
 */
export async function copyEditionStructure(
  tx: TransactionClient,
  base: EditionToCopy,
  editionId: string,
): Promise<void> {
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

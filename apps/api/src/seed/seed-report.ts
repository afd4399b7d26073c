import type { TransactionClient } from '../database/prisma.service';
import { ReportStructureRepository } from '../report/report-structure.repository';
import { sectionFingerprint } from '../report/fingerprint';
import { DEFAULT_TECHNOLOGY_SECTIONS, EDITIONS, TECHNOLOGIES } from './reference-data';

const FRAME_CHAPTERS = {
  Background:
    'The Virtual Working Group on the Future of Customs was set up under the Permanent Technical Committee in 2015. ' +
    'It brings together Customs administrations, the private sector, international organisations and academia.',
  Introduction:
    'This Study Report explores disruptive technologies one chapter at a time: what each technology is, how it is ' +
    'used in Customs, border and supply chain management and more broadly, its risks and benefits, and its ' +
    'potential future applications.',
  Conclusion:
    'The report is a living document: it is revised with the recommendations, lessons learnt and pilot experiences ' +
    'gathered at PTC sessions and in the working group.',
} as const;

const SECTION_INTRO: Record<string, (technology: string) => string> = {
  'what-it-is': (technology) => `An introduction to ${technology} for Customs readers.`,
  'use-in-customs': (technology) => `How administrations use ${technology} at the border and in the supply chain.`,
  'use-more-broadly': (technology) => `Uses of ${technology} beyond Customs that administrations can learn from.`,
  'risks-and-benefits': (technology) => `What ${technology} promises, and what it puts at risk.`,
  'potential-future-applications': (technology) => `Where ${technology} may take Customs next.`,
  'recommendations-and-lessons': (technology) => `Recommendations and lessons learnt on ${technology}.`,
};

/** Where a sample item is used: pilots illustrate use in Customs, the rest feed recommendations and lessons. */
const sectionFor = (kind: string) => (kind === 'PILOT' ? 'use-in-customs' : 'recommendations-and-lessons');

const DAY = 86_400_000;

interface AcceptedItem {
  id: string;
  kind: string;
  decidedAt: Date | null;
  technologies: { technology: { slug: string } }[];
}

/** The Secretariat traces an item into an edition the day after it was accepted, or after the edition was begun. */
const tracedAt = (item: AcceptedItem, edition: { createdAt: Date }) =>
  new Date(Math.max(item.decidedAt?.getTime() ?? 0, edition.createdAt.getTime()) + DAY);

/**
 * The sample report (SAMPLE-FACTS): a "2018 draft", published in April 2018 with the items
 * accepted by then traced into it, and a draft "2019 edition" based on it that adds virtual
 * reality, the items accepted since, and rewrites one section — so coverage, the edition diff and
 * suspect links all show something on first start.
 */
export async function seedReport(
  tx: TransactionClient,
  context: { technologyIds: Map<string, string>; editorId: string },
): Promise<void> {
  const [draft2018, edition2019] = EDITIONS;
  const first = await tx.reportEdition.create({
    data: { label: draft2018.label, createdAt: new Date(draft2018.createdAt) },
  });
  const frame = (title: keyof typeof FRAME_CHAPTERS) => ({ title, technology: null as string | null });
  const chapters = [
    frame('Background'),
    frame('Introduction'),
    ...draft2018.technologies.map((slug) => ({ title: nameOf(slug), technology: slug as string | null })),
    frame('Conclusion'),
  ];
  for (const [index, chapter] of chapters.entries())
    await createChapter(tx, first.id, index + 1, chapter, context.technologyIds);

  const accepted: AcceptedItem[] = await tx.item.findMany({
    where: { status: 'ACCEPTED' },
    orderBy: [{ decidedAt: 'asc' }, { reference: 'asc' }],
    select: {
      id: true,
      kind: true,
      decidedAt: true,
      technologies: { select: { technology: { select: { slug: true } } } },
    },
  });
  const publishedAt = new Date(draft2018.publishedAt);
  const in2018 = accepted.filter((item) => tracedAt(item, first) < publishedAt);
  for (const item of in2018) await trace(tx, first, draft2018.technologies, item, context.editorId);
  await tx.reportEdition.update({ where: { id: first.id }, data: { status: 'PUBLISHED', publishedAt } });

  const second = await tx.reportEdition.create({
    data: { label: edition2019.label, basedOnId: first.id, createdAt: new Date(edition2019.createdAt) },
  });
  const base = await tx.reportEdition.findUniqueOrThrow({
    where: { id: first.id },
    include: {
      chapters: {
        orderBy: { position: 'asc' },
        include: { sections: { orderBy: { position: 'asc' }, include: { traces: true } } },
      },
    },
  });
  await new ReportStructureRepository().copyEdition(base, second.id, tx);
  await tx.traceLink.updateMany({
    where: { section: { chapter: { editionId: second.id } } },
    data: { createdAt: second.createdAt },
  });
  // Virtual reality joins before the conclusion.
  const conclusion = await tx.reportChapter.findFirstOrThrow({ where: { editionId: second.id, title: 'Conclusion' } });
  await tx.reportChapter.update({ where: { id: conclusion.id }, data: { position: conclusion.position + 1 } });
  await createChapter(
    tx,
    second.id,
    conclusion.position,
    { title: nameOf('virtual-reality'), technology: 'virtual-reality' },
    context.technologyIds,
  );
  for (const item of accepted.filter((each) => !in2018.includes(each)))
    await trace(tx, second, edition2019.technologies, item, context.editorId);
  // A section rewritten for 2019: the links it carried become suspect until confirmed.
  await tx.reportSection.updateMany({
    where: { anchor: 'blockchain-use-in-customs', chapter: { editionId: second.id } },
    data: {
      intro:
        'How administrations use blockchain at the border and in the supply chain, updated with the pilots reported in 2018 and 2019.',
    },
  });
}

/** Traces the item to its section under the first of its technologies that the edition has a chapter for. */
async function trace(
  tx: TransactionClient,
  edition: { id: string; createdAt: Date },
  technologies: readonly string[],
  item: AcceptedItem,
  editorId: string,
) {
  const technology = item.technologies.map((tag) => tag.technology.slug).find((slug) => technologies.includes(slug));
  if (!technology) return;
  const section = await tx.reportSection.findFirst({
    where: { anchor: `${technology}-${sectionFor(item.kind)}`, chapter: { editionId: edition.id } },
  });
  if (!section) return;
  const position = await tx.traceLink.count({ where: { sectionId: section.id } });
  const at = tracedAt(item, edition);
  await tx.traceLink.create({
    data: {
      sectionId: section.id,
      itemId: item.id,
      note: 'Cited as an example in this section.',
      fingerprint: sectionFingerprint(section),
      position,
      createdById: editorId,
      createdAt: at,
      confirmedAt: at,
    },
  });
}

function nameOf(slug: string): string {
  return TECHNOLOGIES.find((technology) => technology.slug === slug)?.nameEn ?? slug;
}

async function createChapter(
  tx: TransactionClient,
  editionId: string,
  position: number,
  chapter: { title: string; technology: string | null },
  technologyIds: Map<string, string>,
) {
  const sections = chapter.technology
    ? DEFAULT_TECHNOLOGY_SECTIONS.map((section) => ({
        anchor: `${chapter.technology}-${section.anchor}`,
        title: section.title,
        intro: SECTION_INTRO[section.anchor](chapter.title.toLowerCase()),
      }))
    : [
        {
          anchor: chapter.title.toLowerCase(),
          title: chapter.title,
          intro: FRAME_CHAPTERS[chapter.title as keyof typeof FRAME_CHAPTERS],
        },
      ];
  await tx.reportChapter.create({
    data: {
      editionId,
      position,
      title: chapter.title,
      technologyId: chapter.technology ? (technologyIds.get(chapter.technology) ?? null) : null,
      sections: { create: sections.map((section, index) => ({ ...section, position: index + 1 })) },
    },
  });
}

import type { TransactionClient } from '../database/prisma.service';
import { copyEditionStructure } from '../report/edition-copy';
import { sectionFingerprint } from '../report/fingerprint';
import { DEFAULT_TECHNOLOGY_SECTIONS, EDITIONS, TECHNOLOGIES } from './reference-data';

const FRAME_CHAPTERS = {
  Background:
    'The Virtual Working Group on the Future of Customs was set up under the Permanent Technical Committee in 2015. It brings together Customs administrations, the private sector, international organisations and academia.',
  Introduction:
    'This Study Report explores disruptive technologies one chapter at a time: what each technology is, how it is used in Customs, border and supply chain management and more broadly, its risks and benefits, and its potential future applications.',
  Conclusion:
    'The report is a living document: it is revised with the recommendations, lessons learnt and pilot experiences gathered at PTC sessions and in the working group.',
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

/**
 * The sample report (SAMPLE-FACTS): a published "2018 draft" with six technology chapters and the
 * accepted sample items traced into it, and a draft "2019 edition" based on it that adds virtual
 * reality and rewrites one section — so coverage, the edition diff and suspect links all show
 * something on first start.
 */
export async function seedReport(
  tx: TransactionClient,
  context: { technologyIds: Map<string, string>; editorId: string },
): Promise<void> {
  const [draft2018, edition2019] = EDITIONS;
  const first = await tx.reportEdition.create({ data: { label: draft2018.label } });
  const frame = (title: keyof typeof FRAME_CHAPTERS) => ({ title, technology: null as string | null });
  const chapters = [
    frame('Background'),
    frame('Introduction'),
    ...draft2018.technologies.map((slug) => ({ title: nameOf(slug), technology: slug as string | null })),
    frame('Conclusion'),
  ];
  for (const [index, chapter] of chapters.entries())
    await createChapter(tx, first.id, index + 1, chapter, context.technologyIds);

  const accepted = await tx.item.findMany({
    where: { status: 'ACCEPTED' },
    orderBy: { reference: 'asc' },
    select: {
      id: true,
      kind: true,
      summary: true,
      technologies: { select: { technology: { select: { slug: true } } } },
    },
  });
  for (const item of accepted) {
    const technology = item.technologies
      .map((tag) => tag.technology.slug)
      .find((slug) => draft2018.technologies.includes(slug as never));
    if (!technology) continue;
    const section = await tx.reportSection.findFirst({
      where: { anchor: `${technology}-${sectionFor(item.kind)}`, chapter: { editionId: first.id } },
    });
    if (!section) continue;
    const position = await tx.traceLink.count({ where: { sectionId: section.id } });
    await tx.traceLink.create({
      data: {
        sectionId: section.id,
        itemId: item.id,
        note: 'Cited as an example in this section.',
        fingerprint: sectionFingerprint(section),
        position,
        createdById: context.editorId,
      },
    });
  }
  await tx.reportEdition.update({
    where: { id: first.id },
    data: { status: 'PUBLISHED', publishedAt: new Date(draft2018.publishedAt as string) },
  });

  const second = await tx.reportEdition.create({ data: { label: edition2019.label, basedOnId: first.id } });
  const base = await tx.reportEdition.findUniqueOrThrow({
    where: { id: first.id },
    include: {
      chapters: {
        orderBy: { position: 'asc' },
        include: { sections: { orderBy: { position: 'asc' }, include: { traces: true } } },
      },
    },
  });
  await copyEditionStructure(tx, base, second.id);
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
  // A section rewritten for 2019: the links it carried over become suspect until confirmed.
  await tx.reportSection.updateMany({
    where: { anchor: 'blockchain-use-in-customs', chapter: { editionId: second.id } },
    data: {
      intro:
        'How administrations use blockchain at the border and in the supply chain, updated with the pilots reported in 2018 and 2019.',
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

import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';
import { ZIsoDateTime, ZSlug, ZUuid, text } from './common';
import { ZEditionStatus } from './enums';
import { ZItemKind, ZItemReference, ZItemStatus } from './items';

export const ZEditionSummary = z
  .object({
    id: ZUuid,
    label: z.string(),
    status: ZEditionStatus,
    basedOnId: ZUuid.nullable(),
    publishedAt: ZIsoDateTime.nullable(),
    chapterCount: z.number().int(),
  })
  .meta({ id: 'EditionSummary' });
export type TEditionSummary = z.infer<typeof ZEditionSummary>;

export const ZTrace = z
  .object({
    id: ZUuid,
    note: z.string(),
    /** The section changed since the link was made or confirmed: someone must confirm or remove it. */
    suspect: z.boolean(),
    item: z.object({
      reference: z.string(),
      title: z.string(),
      kind: ZItemKind,
      status: ZItemStatus,
      summary: z.string(),
    }),
  })
  .meta({ id: 'Trace' });
export type TTrace = z.infer<typeof ZTrace>;

export const ZReportSection = z
  .object({
    id: ZUuid,
    position: z.number().int(),
    title: z.string(),
    anchor: z.string(),
    intro: z.string(),
    traces: z.array(ZTrace),
  })
  .meta({ id: 'ReportSection' });
export type TReportSection = z.infer<typeof ZReportSection>;

export const ZReportChapter = z
  .object({
    id: ZUuid,
    position: z.number().int(),
    title: z.string(),
    technology: z.object({ slug: ZSlug, nameEn: z.string(), nameFr: z.string() }).nullable(),
    sections: z.array(ZReportSection),
  })
  .meta({ id: 'ReportChapter' });
export type TReportChapter = z.infer<typeof ZReportChapter>;

export const ZEditionTree = ZEditionSummary.extend({ chapters: z.array(ZReportChapter) }).meta({ id: 'EditionTree' });
export type TEditionTree = z.infer<typeof ZEditionTree>;

const ZLabel = text().trim().min(2).max(100);
const ZTitle = text().trim().min(1).max(200);
const ZAnchor = text()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, FIELD_MESSAGES.SLUG);
const ZPosition = z.number().int().min(1).max(1000);

export const ZCreateEdition = z
  .strictObject({ label: ZLabel, basedOnId: ZUuid.nullable().default(null) })
  .meta({ id: 'CreateEdition' });
export type TCreateEdition = z.infer<typeof ZCreateEdition>;
export const ZUpdateEdition = z.strictObject({ label: ZLabel }).meta({ id: 'UpdateEdition' });
export const ZPublishEdition = z.strictObject({ force: z.boolean().default(false) }).meta({
  id: 'PublishEdition',
  description: 'force publishes although suspect links remain (recorded in the audit log)',
});

export const ZCreateChapter = z
  .strictObject({ title: ZTitle, technology: ZSlug.nullable().default(null), position: ZPosition.optional() })
  .meta({ id: 'CreateChapter' });
export type TCreateChapter = z.infer<typeof ZCreateChapter>;
export const ZUpdateChapter = z
  .strictObject({ title: ZTitle.optional(), technology: ZSlug.nullable().optional(), position: ZPosition.optional() })
  .meta({ id: 'UpdateChapter' });
export type TUpdateChapter = z.infer<typeof ZUpdateChapter>;

export const ZCreateSection = z
  .strictObject({
    chapterId: ZUuid,
    title: ZTitle,
    anchor: ZAnchor.optional(),
    intro: text().max(50_000).default(''),
    position: ZPosition.optional(),
  })
  .meta({ id: 'CreateSection' });
export type TCreateSection = z.infer<typeof ZCreateSection>;
export const ZUpdateSection = z
  .strictObject({
    title: ZTitle.optional(),
    anchor: ZAnchor.optional(),
    intro: text().max(50_000).optional(),
    position: ZPosition.optional(),
  })
  .meta({ id: 'UpdateSection' });
export type TUpdateSection = z.infer<typeof ZUpdateSection>;

export const ZCreateTrace = z
  .strictObject({ itemRef: ZItemReference, note: text().trim().max(2000).default('') })
  .meta({ id: 'CreateTrace' });
export type TCreateTrace = z.infer<typeof ZCreateTrace>;

export const ZSectionParams = z.strictObject({ sectionId: ZUuid });

const ZPlace = z.object({ chapter: z.string(), section: z.string(), anchor: z.string(), sectionId: ZUuid });

export const ZCoverage = z
  .object({
    /**
     * Links whose item is no longer accepted (reopened, rejected or withdrawn after it was traced):
     * withdrawn from the report, left out of every figure and of the document. Only the Secretariat
     * sees them; for everyone else the list is empty.
     */
    notAccepted: z.array(ZPlace.extend({ traceId: ZUuid, reference: z.string(), status: ZItemStatus })),
    untraced: z.array(
      z.object({ reference: z.string(), title: z.string(), kind: ZItemKind, technologies: z.array(ZSlug) }),
    ),
    untracedByTechnology: z.array(z.object({ technology: ZSlug, kind: ZItemKind, count: z.number().int() })),
    emptySections: z.array(ZPlace),
    suspectLinks: z.array(ZPlace.extend({ traceId: ZUuid, reference: z.string() })),
    perChapter: z.array(
      z.object({
        chapterId: ZUuid,
        title: z.string(),
        sections: z.number().int(),
        emptySections: z.number().int(),
        items: z.number().int(),
      }),
    ),
    /** How many accepted items of each technology are traced into each chapter; zero cells are the gaps. */
    matrix: z.object({
      technologies: z.array(ZSlug),
      chapters: z.array(z.object({ chapterId: ZUuid, title: z.string() })),
      cells: z.array(z.object({ technology: ZSlug, chapterId: ZUuid, count: z.number().int() })),
    }),
  })
  .meta({ id: 'Coverage' });
export type TCoverage = z.infer<typeof ZCoverage>;

export const ZDocumentQuery = z.strictObject({ format: z.enum(['md', 'html']).default('html') });

export const ZEditionDiffParams = z.strictObject({ id: ZUuid, otherId: ZUuid });
export const ZEditionDiff = z
  .object({
    from: z.object({ id: ZUuid, label: z.string() }),
    to: z.object({ id: ZUuid, label: z.string() }),
    sections: z.array(
      z.object({
        chapter: z.string(),
        section: z.string(),
        anchor: z.string(),
        change: z.enum(['added', 'removed', 'kept']),
        itemsAdded: z.array(z.string()),
        itemsRemoved: z.array(z.string()),
        /** Items that came here from another section of `from`. */
        itemsMovedIn: z.array(z.object({ reference: z.string(), from: z.string() })),
      }),
    ),
  })
  .meta({ id: 'EditionDiff' });
export type TEditionDiff = z.infer<typeof ZEditionDiff>;

import { z } from 'zod';
import { ZIsoDateTime, ZSlug, ZUuid } from './common';
import { ZEditionStatus } from './enums';

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

export const ZReportSection = z
  .object({ id: ZUuid, position: z.number().int(), title: z.string(), anchor: z.string(), intro: z.string() })
  .meta({ id: 'ReportSection' });

export const ZReportChapter = z
  .object({
    id: ZUuid,
    position: z.number().int(),
    title: z.string(),
    technology: z.object({ slug: ZSlug, nameEn: z.string(), nameFr: z.string() }).nullable(),
    sections: z.array(ZReportSection),
  })
  .meta({ id: 'ReportChapter' });

export const ZEditionTree = ZEditionSummary.extend({ chapters: z.array(ZReportChapter) }).meta({ id: 'EditionTree' });
export type TEditionTree = z.infer<typeof ZEditionTree>;

import { z } from 'zod';
import { ZFieldIssueCode, ZFieldIssueParams } from './field-issues';
import { ZSlug } from './common';
import { ZItemFilters, ZItemKind, ZItemStatus, ZPilotStage } from './items';

export const ZStatsQuery = ZItemFilters;

const ZMonthCount = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), count: z.number().int() });

export const ZStats = z
  .object({
    total: z.number().int(),
    byTechnologyKindStatus: z.array(
      z.object({ technology: ZSlug, kind: ZItemKind, status: ZItemStatus, count: z.number().int() }),
    ),
    bySource: z.array(z.object({ source: ZSlug, count: z.number().int() })),
    submittedPerMonth: z.array(ZMonthCount),
    acceptedPerMonth: z.array(ZMonthCount),
    pilotsByCountry: z.array(z.object({ country: z.string(), stage: ZPilotStage, count: z.number().int() })),
    /** How often two technologies tag the same item (each pair once, a < b). */
    cooccurrence: z.array(z.object({ a: ZSlug, b: ZSlug, count: z.number().int() })),
  })
  .meta({ id: 'Stats' });
export type TStats = z.infer<typeof ZStats>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ZExportQuery = ZItemFilters.extend({ format: z.enum(EXPORT_FORMATS).default('csv') }).strict();

export const ZImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
  as: z.enum(['draft', 'submitted']).default('draft'),
});

/** One problem of an imported file: its row (1 is the header) and column, with a code as for fields. */
export const ZImportIssue = z
  .object({
    row: z.number().int(),
    field: z.string(),
    code: ZFieldIssueCode,
    params: ZFieldIssueParams.optional(),
    message: z.string(),
  })
  .meta({ id: 'ImportIssue' });
export type TImportIssue = z.infer<typeof ZImportIssue>;
export const ZImportReport = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    valid: z.boolean(),
    issues: z.array(ZImportIssue),
    /** References of the created items (empty for a dry run or a refused file). */
    created: z.array(z.string()),
  })
  .meta({ id: 'ImportReport' });
export type TImportReport = z.infer<typeof ZImportReport>;

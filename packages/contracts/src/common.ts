import { z } from 'zod';

export const ZUuid = z.uuid();

/** ISO 3166-1 alpha-2, upper case. */
export const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code, e.g. "NL"');

export const ZSlug = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** Emails compare case-insensitively: every address is lower-cased on the way in. */
export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const ZPassword = z.string().min(12, 'Use at least 12 characters').max(200, 'Use at most 200 characters');

export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZIsoDate = z.iso.date();

export const ZLimit = z.coerce.number().int().min(1).max(100).default(50);
export const ZCursor = z.string().max(500);

export const ZValidationIssue = z.object({
  path: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details, the body of every error answer. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(ZValidationIssue).optional(),
  })
  .meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZPagedQuery = z.strictObject({ cursor: ZCursor.optional(), limit: ZLimit });

export const ZNoQuery = z.strictObject({});

import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';

export const ZUuid = z.uuid();

/** ISO 3166-1 alpha-2, upper case. */
export const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, FIELD_MESSAGES.COUNTRY_CODE);

export const ZSlug = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, FIELD_MESSAGES.SLUG);

/** Emails compare case-insensitively: every address is lower-cased on the way in. */
export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const ZPassword = z.string().min(12).max(200);

export const ZIsoDateTime = z.iso.datetime({ offset: true });
export const ZIsoDate = z.iso.date();

export const ZLimit = z.coerce.number().int().min(1).max(100).default(50);
export const ZCursor = z.string().max(500);

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZPagedQuery = z.strictObject({ cursor: ZCursor.optional(), limit: ZLimit });

export const ZNoQuery = z.strictObject({});

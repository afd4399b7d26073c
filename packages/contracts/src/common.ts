import { z } from 'zod';
import { FIELD_MESSAGES } from './field-issues';

export const ZUuid = z.uuid();

/** Half of a UTF-16 surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/**
 * Every string the API accepts starts here. PostgreSQL text cannot hold a NUL and a lone
 * surrogate is no character at all (it cannot be encoded as UTF-8), so both are refused at the
 * contract, naming the field, before they can reach a query.
 */
export const text = () => z.string().refine(storable, FIELD_MESSAGES.UNSTORABLE_TEXT);

/** PostgreSQL `integer`: a larger number would fail in the database instead of the contract. */
export const INT4_MAX = 2_147_483_647;

/** Years a date may have: the database holds more, but nothing the tracker records is older or further. */
export const YEARS = { min: 1900, max: 9999 } as const;
const yearInRange = (year: number) => year >= YEARS.min && year <= YEARS.max;

/** ISO 3166-1 alpha-2, upper case. */
export const ZCountryCode = text().regex(/^[A-Z]{2}$/, FIELD_MESSAGES.COUNTRY_CODE);

export const ZSlug = text()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, FIELD_MESSAGES.SLUG);

/** Emails compare case-insensitively: every address is lower-cased on the way in. */
export const ZEmail = text()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const ZPassword = text().min(12).max(200);

// The range is checked only once the format holds (a pipe), so a malformed date is one issue, not two.
export const ZIsoDateTime = z.iso
  .datetime({ offset: true })
  .pipe(z.string().refine((value) => yearInRange(new Date(value).getUTCFullYear()), FIELD_MESSAGES.DATE_OUT_OF_RANGE));
export const ZIsoDate = z.iso
  .date()
  .pipe(z.string().refine((value) => yearInRange(Number(value.slice(0, 4))), FIELD_MESSAGES.DATE_OUT_OF_RANGE));

/** A whole number from 1 that fits the database; path and query values come as text and are coerced. */
export const ZCount = z.number().int().min(1).max(INT4_MAX);
export const ZCountParam = z.coerce.number().int().min(1).max(INT4_MAX);

export const ZLimit = z.coerce.number().int().min(1).max(100).default(50);
export const ZCursor = text().max(500);

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZPagedQuery = z.strictObject({ cursor: ZCursor.optional(), limit: ZLimit });

export const ZNoQuery = z.strictObject({});

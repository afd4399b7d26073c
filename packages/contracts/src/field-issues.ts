import { z } from 'zod';

/**
 * What is wrong with one field, as a stable code: clients translate the code (with its params),
 * never the English message that comes with it.
 *
 * The contract schemas word their own rules with these messages; a message found here names its
 * code, every other zod issue is classified by its zod code (see `fieldIssueOf`).
 */
export const FIELD_MESSAGES = {
  COUNTRY_CODE: 'Use a two-letter ISO 3166-1 country code, e.g. "NL"',
  SLUG: 'Use lower-case letters, digits and single hyphens',
  REFERENCE_FORMAT: 'Use a reference such as REC-0001',
  CHOOSE_TECHNOLOGY: 'Choose at least one technology',
  EACH_TECHNOLOGY_ONCE: 'Each technology once',
  CHOOSE_ADDRESSEE: 'Choose at least one addressee',
  EACH_ADDRESSEE_ONCE: 'Each addressee once',
  SAY_ATTEMPTED: 'Say what was attempted',
  SAY_LEARNT: 'Say what was learnt',
  END_BEFORE_START: 'The end date cannot be before the start date',
  COMPLETED_END_DATE: 'A completed pilot has an end date',
  COMPLETED_OUTCOMES: 'A completed pilot has outcomes',
  RELEVANCE_NEEDS_SEARCH: 'Sorting by relevance needs a search (q)',
  SAME_REVISION: 'Compare two different revisions',
  NO_CHANGE: 'Change at least one field',
  WRITE_SOMETHING: 'Write something',
  IDS_OR_ALL: 'Give either ids or all: true',
  TO_BEFORE_FROM: '"to" must not be before "from"',
  SAY_WHAT_SHOULD_CHANGE: 'Say what should change',
  GIVE_REASON: 'Give the reason',
  DUPLICATE_ONLY_ON_REJECT: 'Only "reject" marks a duplicate',
  REVIEWER_ONLY_ON_ASSIGN: 'Only "assign" takes a reviewer',
  PASSWORDS_DIFFER: 'The two passwords are not the same',
  ENTER_PASSWORD: 'Enter your password',
  UNSTORABLE_TEXT: 'Remove the NUL character or the broken Unicode character (lone surrogate)',
  DATE_OUT_OF_RANGE: 'Use a date between the years 1900 and 9999',
} as const;

/**
 * Issues that the API finds beyond the schemas (an unknown slug, an invisible item…), with the
 * English message each one is sent with; `{name}` stands for the issue's param of that name.
 */
export const SERVER_FIELD_MESSAGES = {
  UNKNOWN_TECHNOLOGY: 'Unknown technology "{value}"',
  TECHNOLOGY_INACTIVE: 'The technology "{value}" is no longer in use',
  UNKNOWN_SOURCE: 'Unknown source body "{value}"',
  NO_SUCH_MEETING: 'No such meeting',
  NO_SUCH_ORGANISATION: 'No such organisation',
  NO_SUCH_EDITION: 'No such edition',
  NO_SUCH_CHAPTER: 'No such chapter in this edition',
  ITEM_NOT_VISIBLE: 'Item {reference} does not exist or is not visible to you',
  NOT_ANOTHER_ITEM: '{reference} is not another item you can see',
  SELF_LINK: 'An item cannot link to itself',
  ALREADY_IN_USE: 'Already in use',
  INVALID_CURSOR: 'This cursor is not valid; start again from the first page',
  CURSOR_MISMATCH: 'This cursor belongs to another sort or search; start again from the first page',
  IDEMPOTENCY_KEY_FORMAT: 'Use 1 to 200 visible ASCII characters',
  REVIEWER_NOT_SECRETARIAT: 'The reviewer must be an active member of the Secretariat',
  NO_BODY_EXPECTED: 'This request takes no body',
  BODY_NOT_JSON: 'The body is not valid JSON.',
  BODY_UNREADABLE: 'The body could not be read.',
  BODY_TOO_DEEP: 'The body nests objects or arrays deeper than {maximum} levels.',
  INVALID_LINK: 'This link is invalid, already used or expired',
  CSV_UNREADABLE: 'The file is not valid CSV: {reason}',
  CSV_NO_ROWS: 'The file has no rows',
  CSV_MISSING_COLUMN: 'Missing column',
  CSV_UNKNOWN_COLUMN: 'Unknown column',
  CSV_UNKNOWN_KIND: 'Use RECOMMENDATION, LESSON or PILOT',
  UNKNOWN_MEETING_TITLE: 'Unknown meeting "{value}"',
  UNKNOWN_ORGANISATION_NAME: 'Unknown organisation "{value}"',
} as const;

/** Codes for what zod itself reports, with the params a translation may use. */
export const GENERIC_FIELD_CODES = [
  'REQUIRED',
  'INVALID_TYPE',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_FEW',
  'TOO_MANY',
  'TOO_SMALL',
  'TOO_BIG',
  'INVALID_FORMAT',
  'INVALID_CHOICE',
  'UNKNOWN_FIELD',
  'INVALID',
] as const;

export const FIELD_ISSUE_CODES = [
  ...GENERIC_FIELD_CODES,
  ...(Object.keys(FIELD_MESSAGES) as (keyof typeof FIELD_MESSAGES)[]),
  ...(Object.keys(SERVER_FIELD_MESSAGES) as (keyof typeof SERVER_FIELD_MESSAGES)[]),
] as const;
export const ZFieldIssueCode = z.enum(FIELD_ISSUE_CODES).meta({ id: 'FieldIssueCode' });
export type TFieldIssueCode = z.infer<typeof ZFieldIssueCode>;
export type TServerFieldIssueCode = keyof typeof SERVER_FIELD_MESSAGES;

export const ZFieldIssueParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type TFieldIssueParams = z.infer<typeof ZFieldIssueParams>;

/** One offending field: `path` as the client addresses it (`title`, `technologies.0`, `query.limit`). */
export const ZValidationIssue = z
  .object({
    path: z.string(),
    code: ZFieldIssueCode,
    /** Values the message names (a minimum length, an unknown slug…). */
    params: ZFieldIssueParams.optional(),
    /** The same in English, for people reading the raw answer. */
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue' });
export type TValidationIssue = z.infer<typeof ZValidationIssue>;

const CODE_BY_MESSAGE = new Map<string, TFieldIssueCode>(
  Object.entries(FIELD_MESSAGES).map(([code, message]) => [message, code as TFieldIssueCode]),
);

/** The code of a message that a contract schema words itself, if it is one. */
export function fieldCodeOfMessage(message: string): TFieldIssueCode | undefined {
  return CODE_BY_MESSAGE.get(message);
}

/** The English message of a server-found issue, its params filled in. */
export function serverFieldMessage(code: TServerFieldIssueCode, params: TFieldIssueParams = {}): string {
  return SERVER_FIELD_MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * The English message of an issue the API sends: a contract's own message as it is worded, a
 * generic zod issue in plain words, anything else as zod put it (`fallback`).
 */
export function fieldMessage(
  code: TFieldIssueCode,
  params: TFieldIssueParams = {},
  fallback = 'Invalid value',
): string {
  if (code in FIELD_MESSAGES) return FIELD_MESSAGES[code as keyof typeof FIELD_MESSAGES];
  if (code in SERVER_FIELD_MESSAGES) return serverFieldMessage(code as TServerFieldIssueCode, params);
  const { minimum, maximum, format, options, expected } = params;
  switch (code as (typeof GENERIC_FIELD_CODES)[number]) {
    case 'REQUIRED':
      return 'Required';
    case 'INVALID_TYPE':
      return `Expected ${expected}`;
    case 'TOO_SHORT':
      return `Use at least ${plural(Number(minimum), 'character', 'characters')}`;
    case 'TOO_LONG':
      return `Use at most ${plural(Number(maximum), 'character', 'characters')}`;
    case 'TOO_FEW':
      return `Give at least ${plural(Number(minimum), 'value', 'values')}`;
    case 'TOO_MANY':
      return `Give at most ${plural(Number(maximum), 'value', 'values')}`;
    case 'TOO_SMALL':
      return `Use a value of at least ${minimum}`;
    case 'TOO_BIG':
      return `Use a value of at most ${maximum}`;
    case 'INVALID_FORMAT':
      if (format === 'email') return 'Enter a valid email address';
      if (format === 'date' || format === 'datetime') return 'Enter a valid date';
      return fallback;
    case 'INVALID_CHOICE':
      return `Choose one of: ${options}`;
    case 'UNKNOWN_FIELD':
      return 'Unknown field';
    default:
      return fallback;
  }
}

/** The parts of a zod issue that `fieldIssueOf` reads; both `z.core.$ZodIssue` and an error map's input fit. */
interface ZodIssueLike {
  code: string;
  message?: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  expected?: string;
  values?: readonly unknown[];
}

const EMPTY_INPUTS = new Set<unknown>([undefined, null, '']);
const LISTS = new Set(['array', 'set']);
const TEXTS = new Set(['string']);

/**
 * Classifies one zod issue. `input` is known when the schema was parsed with `reportInput: true`
 * (or in an error map); an empty input makes a type or length error "required".
 */
export function fieldIssueOf(issue: ZodIssueLike): { code: TFieldIssueCode; params?: TFieldIssueParams } {
  const own = issue.message === undefined ? undefined : fieldCodeOfMessage(issue.message);
  if (own) return { code: own };
  const empty = 'input' in issue && EMPTY_INPUTS.has(issue.input);
  const bound = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value));
  switch (issue.code) {
    case 'invalid_type':
      return empty ? { code: 'REQUIRED' } : { code: 'INVALID_TYPE', params: { expected: String(issue.expected) } };
    case 'too_small':
      if (empty) return { code: 'REQUIRED' };
      if (TEXTS.has(issue.origin ?? '')) return { code: 'TOO_SHORT', params: { minimum: bound(issue.minimum) } };
      if (LISTS.has(issue.origin ?? '')) return { code: 'TOO_FEW', params: { minimum: bound(issue.minimum) } };
      return { code: 'TOO_SMALL', params: { minimum: String(issue.minimum) } };
    case 'too_big':
      if (TEXTS.has(issue.origin ?? '')) return { code: 'TOO_LONG', params: { maximum: bound(issue.maximum) } };
      if (LISTS.has(issue.origin ?? '')) return { code: 'TOO_MANY', params: { maximum: bound(issue.maximum) } };
      return { code: 'TOO_BIG', params: { maximum: String(issue.maximum) } };
    case 'invalid_format':
      return empty ? { code: 'REQUIRED' } : { code: 'INVALID_FORMAT', params: { format: String(issue.format) } };
    case 'invalid_value':
      return { code: 'INVALID_CHOICE', params: { options: (issue.values ?? []).map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'UNKNOWN_FIELD' };
    default:
      return { code: 'INVALID' };
  }
}

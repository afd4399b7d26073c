import { z } from 'zod';
import { ZWorkflowAction } from './enums';
import { ZValidationIssue } from './field-issues';
import { ZImportIssue } from './insight';
import { ZItemStatus } from './items';

/** What a "not found" answer was looking for. */
export const PROBLEM_RESOURCES = [
  'item',
  'revision',
  'link',
  'comment',
  'endorsement',
  'user',
  'meeting',
  'edition',
  'chapter',
  'section',
  'trace',
  'record',
] as const;
export const ZProblemResource = z.enum(PROBLEM_RESOURCES).meta({ id: 'ProblemResource' });
export type TProblemResource = z.infer<typeof ZProblemResource>;

const reference = z.string();
const errors = z.array(ZValidationIssue);
const transition = { reference, currentStatus: ZItemStatus, allowedActions: z.array(ZWorkflowAction) };

interface ProblemDefinition<Extensions extends z.ZodRawShape> {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  title: string;
  /** The members this code adds to the problem, beside type, title, status and detail. */
  extensions: Extensions;
  /** The English `detail`, from the extensions. Clients translate the code instead. */
  detail: (extensions: z.infer<z.ZodObject<Extensions>>) => string;
}

const problem = <Extensions extends z.ZodRawShape>(definition: ProblemDefinition<Extensions>) => definition;
const words = (action: string) => action.replace('_', ' ');
const whatWasNotFound = ({ resource, reference: name }: { resource: TProblemResource; reference?: string }) => {
  const nouns: Record<TProblemResource, string> = {
    item: 'Item',
    revision: 'Revision',
    link: 'The link',
    comment: 'The comment',
    endorsement: 'Your organisation’s endorsement',
    user: 'The user',
    meeting: 'The meeting',
    edition: 'The edition',
    chapter: 'The chapter',
    section: 'The section',
    trace: 'The trace link',
    record: 'The record',
  };
  return name ? `${nouns[resource]} ${name}` : nouns[resource];
};

/**
 * Every error a client can meet, by stable code: its status, title, declared extensions and
 * English detail. The API answers with these only; the web translates the code.
 */
export const PROBLEMS = {
  VALIDATION_FAILED: problem({
    status: 400,
    title: 'Invalid request',
    extensions: { errors },
    detail: ({ errors: issues }) => issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
  }),
  BAD_REQUEST: problem({
    status: 400,
    title: 'Invalid request',
    extensions: {},
    detail: () => 'The request could not be understood.',
  }),
  INVALID_LINK: problem({
    status: 400,
    title: 'Invalid request',
    extensions: { errors },
    detail: () => 'This link is invalid, already used or expired. Ask for a new one.',
  }),
  NOT_SIGNED_IN: problem({ status: 401, title: 'Not signed in', extensions: {}, detail: () => 'Sign in to continue.' }),
  METRICS_TOKEN_REQUIRED: problem({
    status: 401,
    title: 'Not signed in',
    extensions: {},
    detail: () => 'Metrics are served to loopback or with the configured METRICS_TOKEN as a bearer token.',
  }),
  WRONG_CREDENTIALS: problem({
    status: 401,
    title: 'Not signed in',
    extensions: {},
    detail: () => 'The email or password is not correct.',
  }),
  FORBIDDEN: problem({
    status: 403,
    title: 'Forbidden',
    extensions: {},
    detail: () => 'Your role does not allow this.',
  }),
  CSRF_HEADER_MISSING: problem({
    status: 403,
    title: 'Forbidden',
    extensions: {},
    detail: () => 'State-changing requests must come from the app (send the x-requested-with header).',
  }),
  NO_ACCESS_RULE: problem({
    status: 403,
    title: 'Forbidden',
    extensions: {},
    detail: () => 'This route declares no access rule.',
  }),
  AUTHOR_ONLY: problem({
    status: 403,
    title: 'Forbidden',
    extensions: { reference, action: z.enum(['delete', 'submit', 'resubmit', 'withdraw']) },
    detail: ({ action, reference: ref }) => `Only the author may ${words(action)} ${ref}.`,
  }),
  SECRETARIAT_ONLY: problem({
    status: 403,
    title: 'Forbidden',
    extensions: { reference, action: ZWorkflowAction },
    detail: ({ action, reference: ref }) => `Only the Secretariat may ${words(action)} ${ref}.`,
  }),
  ITEM_NOT_EDITABLE: problem({
    status: 403,
    title: 'Forbidden',
    extensions: { reference, currentStatus: ZItemStatus },
    detail: ({ reference: ref, currentStatus }) => `${ref} cannot be edited by you while it is ${currentStatus}.`,
  }),
  LINKS_NOT_EDITABLE: problem({
    status: 403,
    title: 'Forbidden',
    extensions: { reference },
    detail: ({ reference: ref }) => `You cannot change the links of ${ref}.`,
  }),
  INTERNAL_NOTES_STAFF_ONLY: problem({
    status: 403,
    title: 'Forbidden',
    extensions: {},
    detail: () => 'Internal notes are for the Secretariat.',
  }),
  COMMENT_AUTHOR_ONLY: problem({
    status: 403,
    title: 'Forbidden',
    extensions: {},
    detail: () => 'Only the author of a comment may change it.',
  }),
  COMMENT_EDIT_WINDOW_CLOSED: problem({
    status: 403,
    title: 'Forbidden',
    extensions: { minutes: z.number().int() },
    detail: ({ minutes }) => `Comments can be changed for ${minutes} minutes after they are written.`,
  }),
  NOT_FOUND: problem({
    status: 404,
    title: 'Not found',
    extensions: { resource: ZProblemResource, reference: z.string().optional() },
    detail: (found) => `${whatWasNotFound(found)} does not exist or is not visible to you.`,
  }),
  ROUTE_NOT_FOUND: problem({
    status: 404,
    title: 'Not found',
    extensions: { method: z.string(), path: z.string() },
    detail: ({ method, path }) => `No route ${method} ${path}.`,
  }),
  STALE_VERSION: problem({
    status: 409,
    title: 'Conflict',
    extensions: { reference, currentVersion: z.number().int() },
    detail: ({ reference: ref, currentVersion }) =>
      `${ref} was changed by someone else (now version ${currentVersion}); reload it and apply your change again.`,
  }),
  TRANSITION_NOT_ALLOWED: problem({
    status: 409,
    title: 'Conflict',
    extensions: { ...transition, action: ZWorkflowAction },
    detail: ({ reference: ref, currentStatus, action, allowedActions }) =>
      `${ref} is ${currentStatus}: "${action}" is not possible from there (${
        allowedActions.length > 0 ? `you may ${allowedActions.join(', ')}` : 'you can take no action on it'
      }).`,
  }),
  TRACED_IN_PUBLISHED_EDITION: problem({
    status: 409,
    title: 'Conflict',
    extensions: transition,
    detail: ({ reference: ref }) => `${ref} is used in a published edition of the report and cannot be reopened.`,
  }),
  EDITION_PUBLISHED: problem({
    status: 409,
    title: 'Conflict',
    extensions: { edition: z.string().optional() },
    detail: ({ edition }) =>
      `${edition ? `"${edition}"` : 'This edition'} is published and frozen; start a new edition based on it instead.`,
  }),
  SUSPECT_LINKS: problem({
    status: 409,
    title: 'Conflict',
    extensions: { suspectLinks: z.number().int() },
    detail: ({ suspectLinks }) =>
      `${suspectLinks} trace link(s) are suspect: confirm or remove them, or publish with force.`,
  }),
  NOT_TRACEABLE: problem({
    status: 409,
    title: 'Conflict',
    extensions: { reference, currentStatus: ZItemStatus },
    detail: ({ reference: ref, currentStatus }) =>
      `${ref} is ${currentStatus}: only accepted items can be traced to the report.`,
  }),
  ALREADY_TRACED: problem({
    status: 409,
    title: 'Conflict',
    extensions: { reference },
    detail: ({ reference: ref }) => `${ref} is already traced to this section.`,
  }),
  NOT_ENDORSABLE: problem({
    status: 409,
    title: 'Conflict',
    extensions: { reference, currentStatus: ZItemStatus },
    detail: ({ reference: ref, currentStatus }) => `${ref} is ${currentStatus} and cannot be endorsed.`,
  }),
  ALREADY_ENDORSED: problem({
    status: 409,
    title: 'Conflict',
    extensions: {},
    detail: () => 'Your organisation has already endorsed this item.',
  }),
  ONLY_DRAFTS_DELETABLE: problem({
    status: 409,
    title: 'Conflict',
    extensions: { reference, currentStatus: ZItemStatus },
    detail: ({ reference: ref, currentStatus }) =>
      `${ref} is ${currentStatus}: only drafts can be deleted; withdraw it instead.`,
  }),
  COMMENT_DELETED: problem({
    status: 409,
    title: 'Conflict',
    extensions: {},
    detail: () => 'This comment was deleted.',
  }),
  EMAIL_TAKEN: problem({
    status: 409,
    title: 'Conflict',
    extensions: { errors },
    detail: () => 'A user with this email already exists.',
  }),
  LAST_ADMIN: problem({
    status: 409,
    title: 'Conflict',
    extensions: {},
    detail: () => 'This is the last active administrator; appoint another one first.',
  }),
  DUPLICATE: problem({
    status: 409,
    title: 'Conflict',
    extensions: {},
    detail: () => 'A record with the same unique value already exists.',
  }),
  BODY_TOO_LARGE: problem({
    status: 413,
    title: 'Request body too large',
    extensions: { limit: z.string() },
    detail: ({ limit }) => `The body is larger than ${limit}.`,
  }),
  UNSUPPORTED_MEDIA_TYPE: problem({
    status: 415,
    title: 'Unsupported media type',
    extensions: {},
    detail: () => 'The body is not of a type this route reads.',
  }),
  IDEMPOTENCY_KEY_REUSED: problem({
    status: 422,
    title: 'Idempotency-Key reused',
    extensions: {},
    detail: () => 'This Idempotency-Key was already used for a different request.',
  }),
  IMPORT_REFUSED: problem({
    status: 422,
    title: 'Import refused',
    extensions: { rows: z.number().int(), issues: z.array(ZImportIssue) },
    detail: ({ issues }) => `${issues.length} problem(s) in the file; nothing was imported.`,
  }),
  TOO_MANY_ATTEMPTS: problem({
    status: 429,
    title: 'Too many attempts',
    extensions: { retryAfterSeconds: z.number().int() },
    detail: ({ retryAfterSeconds }) => `Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
  }),
  INTERNAL_ERROR: problem({
    status: 500,
    title: 'Internal error',
    extensions: {},
    detail: () => 'Something went wrong on our side; the request id helps us find it.',
  }),
  DATABASE_UNAVAILABLE: problem({
    status: 503,
    title: 'Service unavailable',
    extensions: {},
    detail: () => 'The database is unavailable; try again shortly.',
  }),
} as const;

export type TProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as TProblemCode[];
export const ZProblemCode = z.enum(PROBLEM_CODES as [TProblemCode, ...TProblemCode[]]).meta({ id: 'ProblemCode' });

/** The extensions a code carries, as the API builds them. */
export type TProblemExtensions<C extends TProblemCode> = C extends TProblemCode
  ? z.infer<z.ZodObject<(typeof PROBLEMS)[C]['extensions']>>
  : never;

const ZProblemBase = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
});

const variants = PROBLEM_CODES.map((code) =>
  ZProblemBase.extend({ code: z.literal(code), ...PROBLEMS[code].extensions }),
);
type Variant = (typeof variants)[number];

/** RFC 9457 problem details, the body of every error answer; `code` says which of PROBLEMS it is. */
export const ZProblem = z.discriminatedUnion('code', variants as [Variant, ...Variant[]]).meta({ id: 'Problem' });

/** One problem, narrowed by its code: `if (problem.code === 'STALE_VERSION') problem.currentVersion`. */
export type TProblem = {
  [C in TProblemCode]: z.infer<typeof ZProblemBase> & { code: C } & TProblemExtensions<C>;
}[TProblemCode];

import fc, { type Arbitrary } from 'fast-check';
import { createHmac, randomUUID } from 'node:crypto';
import type { z } from 'zod';

/**
 * Arbitraries for a route's input, read from its zod schemas: each field gets a value that fits
 * (taken from the database where a real one matters: a reference, a slug, an id) or an edge case
 * (a wrong type, a boundary number, an out-of-range date, NUL, a lone surrogate, long or odd
 * Unicode, a nested or prototype-polluting object, a forged cursor). Fitting values let a request
 * get past its other fields, so each edge case reaches the code behind the validation.
 */

/** Real values from the database, by the name of the field or param that takes them. */
export type Pools = Record<string, readonly string[]>;

/** Field names whose value is a cursor. */
const CURSOR_FIELDS = new Set(['cursor']);

// The subset of zod's internal definitions this walker reads.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  coerce?: boolean;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/** The signing the API used before each installation had its own key: anyone could forge with it. */
const OLD_CONSTANT_KEY = 'study-report-tracker-cursor';
export function signWith(key: string, values: unknown): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22)}`;
}

const GARBAGE_CURSOR_VALUES: unknown[] = [
  { createdAt: 'garbage', id: 'x' },
  { createdAt: '0000-01-01T00:00:00Z', id: '99999999999999999999999' },
  { since: 'garbage', id: 'not-a-uuid' },
  { email: 'a\u0000b' },
  { key: 'garbage', id: 'garbage', sort: 'updated', q: '' },
  { key: '2026-13-45 99:99:99+00', id: randomUUID(), sort: 'created', q: '' },
  { key: '3:x', id: randomUUID(), sort: 'relevance', q: 'a' },
  { key: 'a\u0000', id: randomUUID(), sort: 'title', q: '' },
  [1, 2, 3],
  null,
  'text',
];

/** Cursors a client could forge: unsigned, signed with the old constant key or with the installation's. */
export const forgedCursor = (installationKey: () => string | undefined): Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom('', '.', 'a.b.c', 'garbage', '%00', 'x'.repeat(501)),
    fc.constantFrom(...GARBAGE_CURSOR_VALUES).map((values) => signWith(OLD_CONSTANT_KEY, values)),
    fc.constantFrom(...GARBAGE_CURSOR_VALUES).map((values) => signWith(installationKey() ?? OLD_CONSTANT_KEY, values)),
    fc.constantFrom(...GARBAGE_CURSOR_VALUES).map((values) => `${signWith('x', values).split('.')[0]}.`),
  );

/** Text a database or a parser may choke on. */
const oddText: Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\uDBFF',
    '\uDC00\uD800',
    '😀'.repeat(101),
    '\u202E\u200B\uFEFF',
    'e\u0301\u0301\u0301',
    "'; DROP TABLE item; --",
    '%00',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\\',
    '"',
    ' ',
    '',
    '\r\n\t',
    'a'.repeat(20_001),
    '9'.repeat(400),
    'REC-99999999999999999999',
    '2147483648',
    '-1',
    'true',
    'null',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDFFF', 'a', '😀', '\u0301'), maxLength: 12 }),
);

const DATES = [
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '9999-12-31',
  '10000-01-01',
  '+002026-01-01',
  '-000001-01-01',
  '2026-02-30',
  '2024-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
];
const DATE_TIMES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59-14:00',
  '9999-12-31T23:59:59.999999999Z',
  '+275760-09-13T00:00:00Z',
  '2026-11-26T01:51:28.123456789Z',
  '2026-11-26T24:00:00Z',
  '2026-11-26',
];

const NUMBERS = [0, -0, -1, 1, 0.5, 1e-7, 999, 1000, 1001, 2_147_483_647, 2_147_483_648, -2_147_483_649];
const BIG_NUMBERS = [9_007_199_254_740_991, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308];
const NUMERIC_TEXT = ['', ' ', '1e3', '0x10', ' 1', '1.5', 'NaN', 'Infinity', '-0', '2147483648', '9'.repeat(400)];

/** An object nested `depth` deep. */
const nested = (depth: number): unknown => (depth === 0 ? 'deep' : { a: nested(depth - 1) });
/** Keys that, merged carelessly into an object, change every object of the process. */
const polluting = (): Record<string, unknown>[] => [
  JSON.parse('{"__proto__": {"polluted": true, "role": "ADMIN"}}') as Record<string, unknown>,
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"__proto__": null}') as Record<string, unknown>,
  { prototype: {}, toString: 'x', hasOwnProperty: 1 },
];

/** Values of the wrong type for any field. */
const wrongType: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, 1.5, [], {}, [[[]]], ['a', 1, null], nested(60), ...polluting()),
  fc.constantFrom(...NUMBERS, ...BIG_NUMBERS),
  oddText,
  fc.object({ maxDepth: 3 }),
);

interface Context {
  /** The field's or param's name, to look up real values. */
  name?: string;
  pools: Pools;
  /** Query and path values reach the server as text. */
  asText: boolean;
  installationKey: () => string | undefined;
}

const stringify = (value: unknown): unknown =>
  typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;

/** A value that fits `schema`, preferring a real one from the pools. */
function fitting(schema: z.ZodType, context: Context): Arbitrary<unknown> {
  const def = defOf(schema);
  const pooled = context.name ? context.pools[context.name] : undefined;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fitting(def.innerType as z.ZodType, context);
    case 'pipe':
      // A preprocess (repeatable query keys) or a transform: what the client sends is `in`'s, or `out`'s after a preprocess.
      return defOf(def.in as z.ZodType).type === 'transform'
        ? fitting(def.out as z.ZodType, context)
        : fitting(def.in as z.ZodType, context);
    case 'string': {
      if (pooled?.length) return fc.constantFrom(...pooled);
      const checks = checksOf(def);
      const format = def.format ?? checks.find((check) => check.check === 'string_format')?.format;
      if (format === 'uuid') return fc.constant(randomUUID());
      if (format === 'date') return fc.constantFrom('2026-03-01', '1999-12-31');
      if (format === 'datetime') return fc.constantFrom('2026-03-01T10:00:00Z', '2026-11-26T01:51:28.123+01:00');
      if (format === 'email') return fc.constantFrom('fuzz@example.org', 'Someone.Else@Example.ORG');
      if (context.name && CURSOR_FIELDS.has(context.name)) return forgedCursor(context.installationKey);
      const pattern = checks.find((check) => check.format === 'regex')?.pattern?.source ?? '';
      if (pattern.includes('REC|LES|PIL')) return fc.constantFrom('REC-0001', 'LES-0001', 'PIL-0001');
      if (pattern.includes('[A-Z]{2}')) return fc.constantFrom('NL', 'FR');
      if (pattern.includes('[a-z0-9]+')) return fc.constantFrom('fuzz-slug', 'ai');
      const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((check) => check.check === 'max_length')?.maximum ?? 200;
      return fc
        .constantFrom('Fuzzed but fitting text', 'Texte accentué — ça va', 'A')
        .map((value) => value.padEnd(min, '.').slice(0, Math.max(min, Math.min(max, value.length))));
    }
    case 'number': {
      const checks = checksOf(def);
      const min = checks.find((check) => check.check === 'greater_than')?.value ?? 1;
      const value = fc.constantFrom(Math.max(min, 1), Math.max(min, 2));
      return context.asText ? value.map(String) : value;
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      return fc.array(fitting(def.element as z.ZodType, context), {
        minLength: Math.max(min, 1),
        maxLength: Math.max(min, 1),
      });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => fitting(option, context)));
    case 'object':
      return objectOf(schema, context, false);
    default:
      return fc.constant('x');
  }
}

/** An edge case for a field of `schema`'s type, or of any type. */
function edgeCase(schema: z.ZodType, context: Context): Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)
    ? def.innerType
    : def.type === 'pipe'
      ? defOf(def.in as z.ZodType).type === 'transform'
        ? def.out
        : def.in
      : undefined;
  if (inner) return edgeCase(inner, context);
  const text = (arbitrary: Arbitrary<unknown>) => (context.asText ? arbitrary.map(stringify) : arbitrary);
  const checks = checksOf(def);
  const format = def.format ?? checks.find((check) => check.check === 'string_format')?.format;
  const own: Arbitrary<unknown>[] = [];
  if (def.type === 'string') {
    own.push(oddText);
    if (format === 'date') own.push(fc.constantFrom(...DATES));
    if (format === 'datetime') own.push(fc.constantFrom(...DATE_TIMES));
    if (context.name && CURSOR_FIELDS.has(context.name)) own.push(forgedCursor(context.installationKey));
    const max = checks.find((check) => check.check === 'max_length')?.maximum;
    if (max !== undefined)
      own.push(
        fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(Math.ceil(max / 2)), ' '.repeat(max + 1)),
      );
  }
  if (def.type === 'number')
    own.push(text(fc.constantFrom(...NUMBERS, ...BIG_NUMBERS)), fc.constantFrom(...NUMERIC_TEXT));
  if (def.type === 'array') own.push(fc.array(edgeCase(def.element as z.ZodType, context), { maxLength: 30 }));
  if (def.type === 'object') own.push(objectOf(schema, context, true));
  if (def.type === 'union') own.push(...(def.options ?? []).map((option) => objectOrEdge(option, context)));
  return fc.oneof(...own, context.asText ? oddText : wrongType);
}

const objectOrEdge = (schema: z.ZodType, context: Context) =>
  defOf(schema).type === 'object' ? objectOf(schema, context, true) : edgeCase(schema, context);

/**
 * An object for an object schema: every field fitting, or (with `edgy`) some fields replaced by
 * edge cases, some left out, and sometimes keys the schema does not know.
 */
function objectOf(schema: z.ZodType, context: Context, edgy: boolean): Arbitrary<Record<string, unknown>> {
  const shape = defOf(schema).shape ?? {};
  const entries = Object.entries(shape).map(([name, field]) => {
    const fieldContext = { ...context, name };
    const value = edgy
      ? fc.oneof(
          { arbitrary: fitting(field, fieldContext), weight: 3 },
          { arbitrary: edgeCase(field, fieldContext), weight: 2 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        )
      : fitting(field, fieldContext);
    return [name, value] as const;
  });
  const extra = edgy
    ? fc.oneof(
        { arbitrary: fc.constant({}), weight: 4 },
        { arbitrary: fc.constantFrom(...polluting()), weight: 1 },
        { arbitrary: fc.dictionary(oddText, wrongType, { maxKeys: 2 }), weight: 1 },
      )
    : fc.constant({});
  return fc.tuple(fc.tuple(...entries.map(([, value]) => value)), extra).map(([values, extras]) => {
    const result: Record<string, unknown> = {};
    // Own properties, even for "__proto__": defineProperty never reaches the prototype setter.
    for (const [key, value] of Object.entries(extras))
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    entries.forEach(([name], index) => {
      if (values[index] !== undefined) result[name] = values[index];
    });
    return result;
  });
}

export interface RouteInput {
  params: Record<string, unknown>;
  query: Record<string, unknown> | undefined;
  /** A JSON value, or raw text (`{ raw }`) such as broken JSON or a CSV file. */
  body: unknown;
}

export interface InputOptions {
  pools: Pools;
  installationKey: () => string | undefined;
  /** The route takes a CSV file, not JSON. */
  csv: boolean;
}

/** Broken or odd request bodies, sent as they are. */
const rawBodies: Arbitrary<{ raw: string }> = fc
  .constantFrom(
    '{',
    '{"a":',
    '[1,2',
    'null',
    '"\\u0000"',
    '"\\ud800"',
    '{"title":"\\ud800\\u0000"}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    '{"__proto__":{"polluted":true}}',
    '\uFEFF{}',
    '',
  )
  .map((raw) => ({ raw }));

const csvBodies: Arbitrary<{ raw: string }> = fc
  .oneof(
    fc.constantFrom(
      'kind,title\nRECOMMENDATION,"unterminated',
      'kind,title\n\u0000,\uD800',
      'kind;title;technologies;source;language;addressees\nRECOMMENDATION;A title\u0000 here;ai;secretariat;en;MEMBERS',
      'kind,title,start_date,stage,country,administration\nPILOT,Pilot of year zero,0000-01-01,PLANNED,NL,x',
      '\uFEFF',
      ',,,\n,,,',
      '__proto__,constructor\n1,2',
    ),
    fc.string({ unit: 'binary', maxLength: 200 }).map((text) => `kind,title\n${text}`),
  )
  .map((raw) => ({ raw }));

/** Arbitrary inputs for one route of the registry. */
export function routeInputs(
  contract: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType },
  options: InputOptions,
): Arbitrary<RouteInput> {
  const base = { pools: options.pools, installationKey: options.installationKey };
  const params = contract.params
    ? objectOf(contract.params, { ...base, asText: true }, true)
    : fc.constant({} as Record<string, unknown>);
  const query = contract.query
    ? fc.oneof(
        { arbitrary: objectOf(contract.query, { ...base, asText: true }, true), weight: 5 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      )
    : fc.oneof(fc.constant(undefined), fc.dictionary(oddText, oddText, { minKeys: 1, maxKeys: 2 }));
  const body = options.csv
    ? csvBodies
    : contract.body
      ? fc.oneof(
          { arbitrary: edgeCase(contract.body, { ...base, asText: false }), weight: 6 },
          { arbitrary: rawBodies, weight: 1 },
          { arbitrary: wrongType, weight: 1 },
        )
      : fc.oneof(fc.constant(undefined), wrongType, rawBodies);
  return fc.record({ params, query, body }) as Arbitrary<RouteInput>;
}

const URL_TEXT_LIMIT = 2000;

/**
 * Percent-encodes text for a URL the way a careless client might: a lone surrogate, which
 * encodeURIComponent refuses, goes out as its (invalid) three UTF-8-style bytes.
 */
export function encodeText(value: string): string {
  let encoded = '';
  // A URL beyond Node's 16 KB header limit is refused before the app sees it.
  for (const unit of value.slice(0, URL_TEXT_LIMIT).split(/(?=[\s\S])/u)) {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else encoded += encodeURIComponent(unit);
  }
  return encoded;
}

/** A query string from fuzzed values: arrays repeat their key, anything else is sent as its text. */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const each of Array.isArray(value) ? value : [value])
      parts.push(`${encodeText(key)}=${encodeText(typeof each === 'string' ? each : (JSON.stringify(each) ?? ''))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The path with its params filled in (text as it is, anything else as JSON). */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/:([A-Za-z]+)/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (value === undefined) return 'missing';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text === '' ? '%20' : encodeText(text);
  });
}

import { FIELD_ISSUE_CODES, routes, type RouteContract } from '@srt/contracts';
import fc from 'fast-check';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { fillPath, queryString, routeInputs, signWith, type Pools, type RouteInput } from '../support/fuzz-inputs';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Schema-driven fuzzing: for every route of the contracts registry, inputs made from its own
 * schemas (see fuzz-inputs.ts) are sent anonymously, as the Secretariat and as an administrator.
 * Whatever a client sends, the answer is never a 5xx, and every 4xx is a problem with a code
 * (a validation failure names its fields). FUZZ_SEED fixes the inputs (CI uses the default);
 * FUZZ_RUNS sets how many inputs each route gets.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const FIELD_CODES = new Set<string>(FIELD_ISSUE_CODES);

type Caller = 'anonymous' | 'secretariat' | 'admin';

let testApp: TestApp;
const agents = {} as Record<Caller, TestAgent>;
let pools: Pools = {};
let installationKey: string | undefined;
/** Paths of real resources for the routes whose `:id` names one kind of record. */
let idsByPath: [RegExp, readonly string[]][] = [];

const column = async (sql: string) => (await testApp.query<{ v: string }>(sql)).map((row) => row.v);

beforeAll(async () => {
  // Fuzzed sign-ins and resets all come from one address: the throttles must not lock the callers out.
  testApp = await startTestApp({
    LOGIN_MAX_FAILURES: '1000000',
    LOGIN_ADDRESS_MAX_FAILURES: '1000000',
    PASSWORD_RESET_MAX_PER_HOUR: '1000000',
  });
  agents.anonymous = testApp.agent();
  agents.secretariat = await testApp.signIn('secretariat');
  agents.admin = await testApp.signIn('admin');
  // A user of its own for the administrator's fuzzed edits, so no caller is deactivated midway.
  const organisationId = (await column(`SELECT id::text AS v FROM organisation LIMIT 1`))[0];
  const throwaway = await agents.admin
    .post('/api/v1/users')
    .send({ email: 'fuzz-target@example.org', displayName: 'Fuzz target', organisationId, role: 'MEMBER' })
    .expect(201);
  // The first page that has a next page makes the installation's cursor key; fuzzed cursors are signed with it too.
  await agents.admin.get('/api/v1/audit?limit=1').expect(200);
  installationKey = (await column(`SELECT value AS v FROM installation_secret WHERE name = 'cursor'`))[0];

  const [refs, technologies, sources, meetings, organisations, editions, chapters, sections, traces, comments] =
    await Promise.all([
      column(`SELECT reference AS v FROM item ORDER BY status, reference LIMIT 6`),
      column(`SELECT slug AS v FROM technology ORDER BY slug LIMIT 3`),
      column(`SELECT slug AS v FROM source_body ORDER BY slug LIMIT 3`),
      column(`SELECT id::text AS v FROM meeting LIMIT 3`),
      column(`SELECT id::text AS v FROM organisation LIMIT 3`),
      column(`SELECT id::text AS v FROM report_edition LIMIT 3`),
      column(`SELECT id::text AS v FROM report_chapter LIMIT 3`),
      column(`SELECT id::text AS v FROM report_section LIMIT 3`),
      column(`SELECT id::text AS v FROM trace_link LIMIT 3`),
      column(`SELECT id::text AS v FROM comment LIMIT 3`),
    ]);
  const secretariatIds = await column(`SELECT id::text AS v FROM app_user WHERE role = 'SECRETARIAT'`);
  pools = {
    ref: refs,
    target: refs,
    itemRef: refs,
    duplicateOf: refs,
    technologies: technologies,
    technology: technologies,
    source: sources,
    meetingId: meetings,
    meeting: meetings,
    administrationId: organisations,
    organisationId: organisations,
    organisation: organisations,
    basedOnId: editions,
    otherId: editions,
    chapterId: chapters,
    sectionId: sections,
    reviewerId: secretariatIds,
    reviewer: secretariatIds,
    actor: secretariatIds,
    n: ['1', '2'],
  };
  idsByPath = [
    [/^\/api\/v1\/users\//, [throwaway.body.id as string]],
    [/^\/api\/v1\/meetings\//, meetings],
    [/^\/api\/v1\/report\/editions\//, editions],
    [/^\/api\/v1\/report\/chapters\//, chapters],
    [/^\/api\/v1\/report\/sections\//, sections],
    [/^\/api\/v1\/report\/traces\//, traces],
    [/\/comments\/:id$/, comments],
  ];
});
afterAll(() => testApp?.close());

function poolsFor(contract: RouteContract): Pools {
  const ids = idsByPath.find(([pattern]) => pattern.test(contract.path))?.[1];
  const slugs = contract.path.startsWith('/api/v1/sources') ? pools.source : pools.technology;
  return { ...pools, slug: slugs, ...(ids ? { id: ids } : {}) };
}

async function send(caller: Caller, contract: RouteContract, input: RouteInput): Promise<Response> {
  const url = `${fillPath(contract.path, input.params)}${queryString(input.query)}`;
  const test = agents[caller][contract.method](url);
  if (input.body === undefined) return test;
  const raw = typeof input.body === 'object' && input.body !== null && 'raw' in input.body;
  const csv = contract === routes.importItems;
  return test
    .set('Content-Type', csv ? 'text/csv' : 'application/json')
    .send(raw ? (input.body as { raw: string }).raw : JSON.stringify(input.body));
}

/** What a client may rely on for any answer to any input. */
function checkAnswer(response: Response): void {
  const where = `${response.status} ${response.text?.slice(0, 500)}`;
  if (response.status >= 500) throw new Error(`server error: ${where}`);
  if (response.status < 400) return;
  if (!String(response.headers['content-type']).startsWith('application/problem+json'))
    throw new Error(`a ${response.status} that is not problem+json: ${where}`);
  const problem = JSON.parse(response.text) as { code?: unknown; status?: unknown; errors?: unknown };
  if (typeof problem.code !== 'string' || problem.status !== response.status)
    throw new Error(`a problem without its code or status: ${where}`);
  if (problem.code === 'VALIDATION_FAILED') {
    const errors = problem.errors as { path?: unknown; code?: unknown }[];
    if (!Array.isArray(errors) || errors.length === 0)
      throw new Error(`a validation failure naming no field: ${where}`);
    for (const error of errors)
      if (typeof error.path !== 'string' || !error.path || !FIELD_CODES.has(String(error.code)))
        throw new Error(`a field issue without a path or a known code: ${where}`);
  }
}

const entries = Object.entries(routes) as [string, RouteContract][];

describe('every route, fuzzed from its schemas', () => {
  it.each(entries.map(([name, contract], index) => [name, contract, index] as const))(
    '%s: never a 5xx, every 4xx a problem with a code',
    async (_name, contract, index) => {
      const inputs = routeInputs(contract, {
        pools: poolsFor(contract),
        installationKey: () => installationKey,
        csv: contract === routes.importItems,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Caller>('anonymous', 'secretariat', 'admin'),
          inputs,
          async (caller, input) => {
            const response = await send(caller, contract, input);
            // A fuzzed sign-out ends the caller's session: sign in again for the next input.
            if (contract === routes.logout && caller !== 'anonymous' && response.status === 204)
              agents[caller] = await testApp.signIn(caller);
            checkAnswer(response);
          },
        ),
        { seed: SEED + index, numRuns: RUNS },
      );
    },
  );
});

describe('what an outside probe broke', () => {
  const problemOf = (response: Response) =>
    JSON.parse(response.text) as { code: string; errors?: { path: string; code: string }[] };

  it('refuses a NUL or a lone surrogate in text and in a search, naming the field', async () => {
    const search = await agents.secretariat.get('/api/v1/items?q=%00').expect(400);
    expect(problemOf(search).errors).toContainEqual(
      expect.objectContaining({ path: 'query.q', code: 'UNSTORABLE_TEXT' }),
    );
    const meeting = await agents.secretariat
      .post('/api/v1/meetings')
      .set('Content-Type', 'application/json')
      .send(
        '{"source":"wco-secretariat","title":"Lone \\ud800 surrogate","startDate":"2026-01-01","notes":"a\\u0000b"}',
      )
      .expect(400);
    expect(problemOf(meeting).errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'title', code: 'UNSTORABLE_TEXT' }),
        expect.objectContaining({ path: 'notes', code: 'UNSTORABLE_TEXT' }),
      ]),
    );
    const exported = await agents.secretariat.get('/api/v1/items/export?q=%00').expect(400);
    expect(exported.headers['content-type']).toContain('application/problem+json');
  });

  it('ends the connection of an export that fails after its first bytes were sent', async () => {
    // The export reads each item's technologies from this table: without it the first batch fails.
    await testApp.query('ALTER TABLE item_technology RENAME TO item_technology_away');
    try {
      // Without the fix the answer stays open forever; give up long before Jest would.
      const failure = await agents.secretariat
        .get('/api/v1/items/export')
        .timeout(10_000)
        .then(
          () => null,
          (error: Error & { timeout?: number }) => error,
        );
      expect(failure).not.toBeNull();
      expect(failure?.timeout).toBeUndefined();
    } finally {
      await testApp.query('ALTER TABLE item_technology_away RENAME TO item_technology');
    }
  });

  it('refuses forged cursors on /notifications and /audit with a 400, signed or not', async () => {
    const garbage = { createdAt: 'garbage', id: '1' };
    for (const cursor of [
      signWith('study-report-tracker-cursor', garbage),
      signWith(installationKey as string, garbage),
    ])
      for (const path of ['/api/v1/notifications', '/api/v1/audit']) {
        const response = await agents.admin.get(`${path}?cursor=${encodeURIComponent(cursor)}`).expect(400);
        expect(problemOf(response).errors).toEqual([
          expect.objectContaining({ path: 'query.cursor', code: 'INVALID_CURSOR' }),
        ]);
      }
  });

  it('keeps one random cursor key per installation, never the old constant', async () => {
    expect(installationKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const page = await agents.admin.get('/api/v1/audit?limit=1').expect(200);
    const next = page.body.nextCursor as string;
    await agents.admin.get(`/api/v1/audit?limit=1&cursor=${encodeURIComponent(next)}`).expect(200);
    // Another installation (its own database) made its own key: this one's cursors mean nothing there.
    const other = await startTestApp();
    try {
      const admin = await other.signIn('admin');
      const response = await admin.get(`/api/v1/audit?limit=1&cursor=${encodeURIComponent(next)}`).expect(400);
      expect(problemOf(response).errors).toEqual([expect.objectContaining({ code: 'INVALID_CURSOR' })]);
    } finally {
      await other.close();
    }
  });

  it('refuses numbers and dates the database cannot hold with a 400 naming the field', async () => {
    const ref = pools.ref[0];
    const revision = await agents.secretariat.get(`/api/v1/items/${ref}/revisions/2147483648`).expect(400);
    expect(problemOf(revision).errors).toEqual([expect.objectContaining({ path: 'path.n', code: 'TOO_BIG' })]);
    const diff = await agents.secretariat.get(`/api/v1/items/${ref}/diff?from=1&to=2147483648`).expect(400);
    expect(problemOf(diff).errors).toEqual([expect.objectContaining({ path: 'query.to', code: 'TOO_BIG' })]);
    const update = await agents.secretariat
      .patch(`/api/v1/items/${ref}`)
      .send({ version: 2147483648, title: 'A title long enough' })
      .expect(400);
    expect(problemOf(update).errors).toEqual([expect.objectContaining({ path: 'version', code: 'TOO_BIG' })]);
    const meeting = await agents.secretariat
      .post('/api/v1/meetings')
      .send({ source: 'wco-secretariat', title: 'Meeting of year zero', startDate: '0000-01-01' })
      .expect(400);
    expect(problemOf(meeting).errors).toEqual([
      expect.objectContaining({ path: 'startDate', code: 'DATE_OUT_OF_RANGE' }),
    ]);
    const pilot = await agents.secretariat
      .post('/api/v1/items')
      .send({
        kind: 'PILOT',
        title: 'Pilot of year zero',
        technologies: [pools.technology[0]],
        source: 'wco-secretariat',
        language: 'en',
        administrationId: pools.organisation[0],
        country: 'NL',
        startDate: '0000-01-01',
        stage: 'PLANNED',
      })
      .expect(400);
    expect(problemOf(pilot).errors).toEqual([
      expect.objectContaining({ path: 'startDate', code: 'DATE_OUT_OF_RANGE' }),
    ]);
  });
});

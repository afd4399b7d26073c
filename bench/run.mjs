// Measures the SPEC §6 budgets against the production build on the benchmark dataset
// (`npm run bench:generate` first): 16 concurrent clients per request for DURATION seconds,
// p95 latency per request, the API's resident memory, and for the list, the search, the item page
// and the create the same measurement of a bare node:http + pg server running the identical SQL
// (the first request's throughput budget is relative to it). Run with `npm run bench`.
import fs from 'node:fs';
import pg from 'pg';
import { benchEnvironment, startApi, startBareServer, waitFor } from './servers.mjs';

const DURATION_MS = Number(process.env.DURATION ?? 20) * 1000;
/** Unmeasured load before each measurement: V8 optimises the hot paths and every pooled connection prepares its statements. */
const WARM_UP_MS = Number(process.env.WARM_UP ?? 3) * 1000;
/** The dataset's size, as given to the generator: item references run from 1000001 to 1000000 + ITEMS. */
const ITEMS = Number(process.env.ITEMS ?? 1_000_000);
const CLIENTS = 16;
/** Measure only the requests whose name contains this text. */
const ONLY = process.env.ONLY ?? '';
const API_PORT = 3300;
const BARE_PORT = 3301;
const { url: databaseUrl, password } = benchEnvironment();
const WRITER = 'member2@example.org';

/**
 * The drafts the creates leave are removed before and after a run: left behind, they would be the
 * newest items, hidden from the reader, which every later run's search walks past.
 */
async function removeBenchmarkDrafts() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    "DELETE FROM item WHERE author_id = (SELECT id FROM app_user WHERE email = $1) AND status = 'DRAFT' AND title LIKE 'Benchmark lesson %'",
    [WRITER],
  );
  await client.end();
}
await removeBenchmarkDrafts();
const api = startApi(API_PORT);
startBareServer(BARE_PORT);
await Promise.all([waitFor(API_PORT, '/api/ready'), waitFor(BARE_PORT, '/ready')]);

async function signIn(email) {
  const response = await fetch(`http://127.0.0.1:${API_PORT}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return {
    cookie: response.headers.get('set-cookie').split(';')[0],
    'x-requested-with': 'fetch',
    'content-type': 'application/json',
  };
}
// Drafts are counted live for their author: the reader must not own the drafts that POST makes,
// or every run would slow the next one's facets.
const headers = await signIn('member@example.org');
const writerHeaders = await signIn(WRITER);

const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1]) / 1024;
let peakMb = residentMb();
const memory = setInterval(() => (peakMb = Math.max(peakMb, residentMb())), 200);

/** CLIENTS workers send requests back to back for WARM_UP_MS, then for DURATION_MS measured; latencies of 2xx answers only. */
async function load(makeRequest) {
  await send(makeRequest, WARM_UP_MS);
  return send(makeRequest, DURATION_MS);
}

async function send(makeRequest, durationMs) {
  const latencies = [];
  let failures = 0;
  const deadline = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, worker) => {
      for (let n = 0; Date.now() < deadline; n += 1) {
        const { url: target, init } = makeRequest(worker, n);
        const started = performance.now();
        const response = await fetch(target, init).catch(() => null);
        await response?.arrayBuffer();
        if (response?.ok) latencies.push(performance.now() - started);
        else failures += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? NaN;
  return { p95, throughput: latencies.length / (durationMs / 1000), requests: latencies.length, failures };
}

const apiUrl = (pathname) => `http://127.0.0.1:${API_PORT}/api/v1${pathname}`;
const bareUrl = (pathname) => `http://127.0.0.1:${BARE_PORT}${pathname}`;
// The generator gives item n the status n % 9 of its list and the kind n % 3: n = 9k + 3 and
// 9k + 6 are recommendations in review or accepted, which every member may open.
const visibleReference = (seed) => {
  const k = seed % Math.floor(ITEMS / 9);
  return `REC-${1000000 + 9 * k + (k % 2 ? 3 : 6)}`;
};
const words = ['ledger customs', 'risk border', 'sensor container', 'image declaration', 'drone port'];
/** Each request is built for a server's base URL; those marked `bare` are also sent to the bare server. */
const cases = [
  {
    name: 'GET /items?technology=…&status=…&limit=50',
    budget: 25,
    bare: true,
    request: (url) => ({ url: url('/items?technology=ai&status=ACCEPTED&limit=50') }),
  },
  {
    name: 'GET /items?q=<two words>&limit=50',
    budget: 60,
    bare: true,
    request: (url, w, n) => ({ url: url(`/items?q=${encodeURIComponent(words[(w + n) % words.length])}&limit=50`) }),
  },
  {
    name: 'GET /items/facets (one technology)',
    budget: 150,
    request: (url) => ({ url: url('/items/facets?technology=blockchain') }),
  },
  {
    name: 'GET /items/:ref',
    budget: 10,
    bare: true,
    request: (url, w, n) => ({ url: url(`/items/${visibleReference(w * 7919 + n * 104729)}`) }),
  },
  {
    name: 'POST /items',
    budget: 30,
    bare: true,
    request: (url, w, n) => ({
      url: url('/items'),
      init: {
        method: 'POST',
        headers: writerHeaders,
        body: JSON.stringify({
          kind: 'LESSON',
          title: `Benchmark lesson ${w}-${n}-${Date.now()}`,
          technologies: ['ai'],
          source: 'ptc',
          language: 'en',
          context: 'Load',
          lesson: 'Held',
        }),
      },
    }),
  },
  { name: 'GET /stats (aim)', budget: 300, request: (url) => ({ url: url('/stats') }) },
  {
    name: 'GET /stats?technology=… (aim)',
    budget: 300,
    request: (url) => ({ url: url('/stats?technology=blockchain&kind=PILOT') }),
  },
];

const results = [];
let firstThroughput = null;
for (const each of cases.filter((candidate) => candidate.name.includes(ONLY))) {
  const outcome = await load((w, n) => {
    const { url: target, init } = each.request(apiUrl, w, n);
    return { url: target, init: { headers, ...init } };
  });
  // What the same 16 clients wait for with no framework at all: the floor under the API's p95.
  const bare = each.bare ? await load((w, n) => each.request(bareUrl, w, n)) : null;
  if (bare?.failures) throw new Error(`the bare server failed ${bare.failures} of its "${each.name}" requests`);
  if (each === cases[0]) firstThroughput = { api: outcome.throughput, bare: bare.throughput };
  results.push({
    request: each.name,
    'p95 ms': outcome.p95.toFixed(1),
    'budget ms': each.budget,
    ok: outcome.p95 <= each.budget && outcome.failures === 0,
    'req/s': outcome.throughput.toFixed(0),
    failures: outcome.failures,
    'bare p95 ms': bare ? bare.p95.toFixed(1) : '',
    'bare req/s': bare ? bare.throughput.toFixed(0) : '',
  });
}
clearInterval(memory);
console.table(results);
if (firstThroughput) {
  const { api: apiRate, bare: bareRate } = firstThroughput;
  console.log(
    `Throughput of the first request: ${apiRate.toFixed(0)} req/s against ${bareRate.toFixed(0)} req/s bare ` +
      `(${((apiRate / bareRate) * 100).toFixed(0)}%, budget ≥ 60%).`,
  );
}
console.log(`API resident memory peak: ${peakMb.toFixed(0)} MB (budget ≤ 350 MB).`);
await removeBenchmarkDrafts();
process.exit(0);

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

// Issue 7: exporting 200,000 rows streams in constant memory. Measured on the real API process
// (the production build, as `npm start` runs it) through /proc: resident memory before the
// export against its high-water mark after it, with a generous bound of 100 MB.
const ROWS = 200_000;
const MAIN = path.resolve(__dirname, '../../apps/api/dist/src/main.js');
// The old-space cap `npm start` gives the API (package.json "config"): without one V8 lets
// short-lived garbage pile up far past what the export actually holds.
const EXEC_ARGV = [
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).config.apiNodeOptions as string,
];
let testApp: TestApp;
let server: ChildProcess | undefined;

const residentKb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

beforeAll(async () => {
  testApp = await startTestApp();
  await testApp.query(`
    INSERT INTO item (kind, reference, title, summary, body, language, status, author_id, organisation_id, source_id, created_at, updated_at)
    SELECT 'RECOMMENDATION', 'REC-' || (100000 + g), 'Generated recommendation number ' || g, 'A generated summary for the export benchmark.',
           repeat('Generated body text. ', 10), 'en', 'ACCEPTED', u.id, u.organisation_id, s.id, now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, ${ROWS}) g
      CROSS JOIN (SELECT id, organisation_id FROM app_user WHERE email = 'member@example.org') u
      CROSS JOIN (SELECT id FROM source_body WHERE slug = 'ptc') s`);
}, 300_000);
afterAll(async () => {
  server?.kill('SIGTERM');
  await testApp.close();
});

it(`exports ${ROWS} rows with less than 100 MB of resident memory growth in the API process`, async () => {
  const port = await freePort();
  server = spawn(process.execPath, [...EXEC_ARGV, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: testApp.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
    body: JSON.stringify({ email: 'delegate@example.org', password: TEST_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const pid = server.pid as number;
  const before = residentKb(pid, 'VmRSS');

  const { lines, status } = await new Promise<{ lines: number; status: number }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/api/v1/items/export?format=csv', headers: { cookie } }, (response) => {
        let count = 0;
        response.on('data', (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 10) count += 1;
        });
        response.on('end', () => resolve({ lines: count, status: response.statusCode ?? 0 }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
  expect(status).toBe(200);
  expect(lines).toBeGreaterThan(ROWS);
  const growthMb = (residentKb(pid, 'VmHWM') - before) / 1024;
  expect(growthMb).toBeLessThan(100);
}, 300_000);

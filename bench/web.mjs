// Measures the SPEC §6 web budget against the production build on the benchmark dataset, in
// headless Chromium: the time from navigation to the browse page's first results, for a member
// signed in with a cold browser cache, and the JavaScript that page loads (gzipped; the initial
// part's 250 KB budget is checked by tests/web). Run with `npm run bench:web` after
// `npm run bench:generate`.
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchEnvironment, startApi, waitFor } from './servers.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = 3302;
const { password } = benchEnvironment();
startApi(PORT);
await waitFor(PORT, '/api/ready');

const base = `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const timings = [];
let javascript = [];
for (let run = 0; run < RUNS; run += 1) {
  // A new context each run: no cached scripts, no session.
  const context = await browser.newContext({ baseURL: base });
  const signIn = await context.request.post('/api/v1/auth/login', {
    data: { email: 'member@example.org', password },
    headers: { 'X-Requested-With': 'fetch' },
  });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then((body) => ({ url: response.url(), gzipped: zlib.gzipSync(body).length })));
  });
  // Timed inside the page, from the start of navigation to the first result link in the DOM, so
  // that the harness's own polling adds nothing.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[aria-label="Results"] a')) return;
      window.firstResultsAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/items');
  await page.waitForFunction(() => window.firstResultsAt !== undefined);
  timings.push(await page.evaluate(() => window.firstResultsAt));
  javascript = await Promise.all(scripts);
  await context.close();
}
await browser.close();

timings.sort((a, b) => a - b);
const kb = (bytes) => (bytes / 1024).toFixed(0);
const total = javascript.reduce((sum, script) => sum + script.gzipped, 0);
for (const script of javascript) console.log(`  ${new URL(script.url).pathname}: ${kb(script.gzipped)} KB gzipped`);
console.log(`JavaScript loaded by the browse page, its own code included: ${kb(total)} KB gzipped.`);
console.log(
  `First results after navigation, ${RUNS} cold runs: median ${timings[Math.floor(RUNS / 2)].toFixed(0)} ms, ` +
    `worst ${timings[RUNS - 1].toFixed(0)} ms (budget ≤ 1000 ms).`,
);
process.exit(0);

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// SPEC §6: initial JavaScript ≤ 250 KB gzipped. "Initial" is what index.html loads before any
// page asks for its own code: the entry script and the modules it preloads. `npm test` builds
// the web app before the suites run.
const DIST = path.join(__dirname, '../../apps/web/dist');
const BUDGET_BYTES = 250 * 1024;

function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  return entries.map((match) => match[1]);
}

it('loads the entry script and its preloaded modules, nothing else, before a page asks for its code', () => {
  const scripts = initialScripts();
  expect(scripts.length).toBeGreaterThanOrEqual(1);
  expect(scripts.every((script) => fs.existsSync(path.join(DIST, script)))).toBe(true);
});

it('keeps the initial JavaScript within 250 KB gzipped', () => {
  const gzipped = initialScripts().reduce(
    (total, script) => total + zlib.gzipSync(fs.readFileSync(path.join(DIST, script))).length,
    0,
  );
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});

// `npm test`: builds what the suites need, starts the test PostgreSQL (own folder and port),
// then runs the unit and API suites (Jest) and the browser journeys (Playwright, Chromium).
// `npm test -- --only=jest [jest args]` or `--only=e2e [playwright args]` runs one runner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { startTestCluster, TEST_PASSWORD } = require('../tests/support/test-cluster.cjs');
const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const passThrough = args.filter((arg) => !arg.startsWith('--only='));

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function step(title) {
  console.log(`\n── ${title}`);
}

// The static gates come first: a lint, format or type error fails in seconds, not after the suites.
// The type check needs the generated Prisma client (generated first) and the contracts' declarations
// (the typecheck script builds them: a fresh clone has none).
for (const [title, script] of [
  ['generate the Prisma client', 'db:generate'],
  ['lint (ESLint)', 'lint'],
  ['format (Prettier)', 'format:check'],
  ['type check (every workspace and tests/)', 'typecheck'],
  ['build', 'build'],
]) {
  step(title);
  const status = run('npm', ['run', script, '--silent']);
  if (status !== 0) {
    console.log(`\nTests: 0 passed, 1 failed (${title})`);
    process.exit(status);
  }
}

step('test database');
const cluster = await startTestCluster();
fs.mkdirSync(RESULTS, { recursive: true });
const env = { TEST_DATABASE_ADMIN_URL: cluster.adminUrl, TEST_PASSWORD };
const totals = { passed: 0, failed: 0 };
let exitCode = 0;

try {
  if (!only || only === 'jest') {
    step('unit and API integration tests (Jest, real PostgreSQL)');
    const report = path.join(RESULTS, 'jest.json');
    const status = run(
      bin('jest'),
      ['--maxWorkers=2', '--json', `--outputFile=${report}`, ...(only ? passThrough : [])],
      env,
    );
    if (status !== 0) exitCode = status;
    if (fs.existsSync(report)) {
      const json = JSON.parse(fs.readFileSync(report, 'utf8'));
      totals.passed += json.numPassedTests;
      totals.failed += json.numFailedTests + json.numRuntimeErrorTestSuites;
    } else {
      totals.failed += 1;
    }
  }
  if (!only || only === 'e2e') {
    step('browser journeys (Playwright, headless Chromium)');
    const report = path.join(RESULTS, 'playwright.json');
    const status = run(bin('playwright'), ['test', ...(only ? passThrough : [])], {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (status !== 0) exitCode = status;
    if (fs.existsSync(report)) {
      const stats = JSON.parse(fs.readFileSync(report, 'utf8')).stats;
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected;
    } else {
      totals.failed += 1;
    }
  }
} finally {
  await cluster.stop();
}

console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode !== 0 || totals.failed > 0 ? exitCode || 1 : 0);

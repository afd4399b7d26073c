'use strict';
// Applies pending migrations with the Prisma CLI (Wasm schema engine, see prisma.config.ts).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function applyMigrations(databaseUrl) {
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`Migrations could not be applied:\n${output}`);
  }
  const applied = /(\d+) migrations? found/.exec(result.stdout);
  return { output: result.stdout, found: applied ? Number(applied[1]) : undefined };
}

module.exports = { applyMigrations };

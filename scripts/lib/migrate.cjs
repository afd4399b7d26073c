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
    // The engine's message comes first, its backtrace after: show the message.
    const lines = `${result.stdout}\n${result.stderr}`.split('\n');
    const start = Math.max(
      0,
      lines.findIndex((line) => /^Error/.test(line)),
    );
    const output = lines
      .slice(start, start + 6)
      .filter((line) => line.trim())
      .join('\n');
    throw new Error(`Migrations could not be applied:\n${output}`);
  }
  const applied = /(\d+) migrations? found/.exec(result.stdout);
  return { output: result.stdout, found: applied ? Number(applied[1]) : undefined };
}

module.exports = { applyMigrations };

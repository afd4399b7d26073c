'use strict';
// The PostgreSQL the test suites use: an embedded server in its own folder and port (never
// the development data), with a migrated and seeded template database that each suite clones.
const path = require('node:path');
const { startEmbeddedDatabase, removeEmbeddedData } = require('../../scripts/lib/embedded-database.cjs');
const { applyMigrations } = require('../../scripts/lib/migrate.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATE_DATABASE = 'srt_template';
const TEST_PASSWORD = 'correct-horse-battery-staple';

async function startTestCluster() {
  const dataDir = path.resolve(ROOT, process.env.TEST_DATA_DIR || '.data-test');
  removeEmbeddedData(dataDir);
  const port = Number(process.env.TEST_PG_PORT || 54330);
  const cluster = await startEmbeddedDatabase({ dataDir, port, database: TEMPLATE_DATABASE, persistent: false });
  applyMigrations(cluster.url);
  const { runSeed } = require(path.join(ROOT, 'apps/api/dist/src/seed/run-seed.js'));
  const log = console.log;
  console.log = () => {};
  try {
    await runSeed(cluster.url, TEST_PASSWORD);
  } finally {
    console.log = log;
  }
  return { adminUrl: cluster.adminUrl, templateUrl: cluster.url, stop: cluster.stop };
}

module.exports = { startTestCluster, TEMPLATE_DATABASE, TEST_PASSWORD };

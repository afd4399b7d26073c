'use strict';
// Decides which PostgreSQL the scripts use: DATABASE_URL when set, otherwise the embedded
// server whose files live under DATA_DIR (default ./.data) or where DATA_DIR's pointer says.
const path = require('node:path');
const { startEmbeddedDatabase, runningEmbeddedDatabase, DatabaseStartError } = require('./embedded-database.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const DATABASE_NAME = 'study_report_tracker';

function readPort(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DatabaseStartError(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return port;
}

/**
 * Returns `{ url, stop, embedded }`; `stop` is a no-op for an external server. With
 * `shareRunning`, an embedded server already running from DATA_DIR is used as it is and left
 * running; without it, such a server counts as left behind by a crash and is restarted.
 */
async function openDatabase({ log = (line) => console.log(line), shareRunning = false } = {}) {
  if (process.env.DATABASE_URL) {
    try {
      new URL(process.env.DATABASE_URL);
    } catch {
      throw new DatabaseStartError(
        'DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database).',
      );
    }
    return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  const running = shareRunning ? runningEmbeddedDatabase({ dataDir, database: DATABASE_NAME }) : null;
  if (running) {
    log(`Using the embedded PostgreSQL server already running with its data in ${running.dataDir}.`);
    return { url: running.url, stop: async () => {}, embedded: true };
  }
  const port = readPort('EMBEDDED_PG_PORT', 54329);
  const database = await startEmbeddedDatabase({ dataDir, port, database: DATABASE_NAME, log });
  log(`Embedded PostgreSQL is running on port ${port} with its data in ${database.dataDir}.`);
  return { url: database.url, stop: database.stop, embedded: true };
}

module.exports = { openDatabase, DatabaseStartError, ROOT };

'use strict';
// Decides which PostgreSQL the scripts use: DATABASE_URL when set, otherwise the embedded
// server whose files live under DATA_DIR (default ./.data).
const path = require('node:path');
const { startEmbeddedDatabase, DatabaseStartError } = require('./embedded-database.cjs');

const ROOT = path.resolve(__dirname, '..', '..');

function readPort(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DatabaseStartError(`${name} must be a port number between 1 and 65535, got "${raw}".`);
  }
  return port;
}

/** Returns `{ url, stop, embedded }`; `stop` is a no-op for an external server. */
async function openDatabase({ log = (line) => console.log(line) } = {}) {
  if (process.env.DATABASE_URL) {
    try {
      new URL(process.env.DATABASE_URL);
    } catch {
      throw new DatabaseStartError('DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database).');
    }
    return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  const port = readPort('EMBEDDED_PG_PORT', 54329);
  const database = await startEmbeddedDatabase({ dataDir, port, database: 'study_report_tracker', log });
  log(`Embedded PostgreSQL is running on port ${port} with its data in ${dataDir}.`);
  return { url: database.url, stop: database.stop, embedded: true };
}

module.exports = { openDatabase, DatabaseStartError, ROOT };

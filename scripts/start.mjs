// `npm start`: the database (embedded unless DATABASE_URL is set), pending migrations, the seed
// of an empty database, then API and web on one port. Ctrl-C / SIGTERM stop everything cleanly.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { openDatabase } = require('./lib/database-environment.cjs');
const { applyMigrations } = require('./lib/migrate.cjs');
const { assertReachable } = require('./lib/check-connection.cjs');

let database;
let app;
let stopping = false;

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // Nest closes the HTTP server (in-flight requests finish) before the database goes away.
  await app?.close().catch((error) => console.error(`While stopping the app: ${error.message}`));
  await database?.stop().catch((error) => console.error(`While stopping the database: ${error.message}`));
  process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

/** What a failed start prints: the error's own words, never a stack. */
function describeStartFailure(error) {
  // Node's message goes on with the chain of requiring files.
  if (error?.code === 'MODULE_NOT_FOUND')
    return `${error.message.split('\n')[0]}: run npm ci, then npm start (it builds).`;
  return error instanceof Error ? error.message : String(error);
}

async function failStart(error) {
  console.error(describeStartFailure(error));
  await app?.close().catch(() => {});
  await database?.stop().catch(() => {});
  process.exit(1);
}
// Until the app runs, whatever goes wrong is a failed start, even when it is thrown outside the
// awaits below (from an event handler of a library, say).
process.on('uncaughtException', failStart);
process.on('unhandledRejection', failStart);

try {
  const { loadConfig } = require('../apps/api/dist/src/config/config.js');
  // Validate the app's settings before touching any data.
  loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgresql://check' });

  database = await openDatabase();
  await assertReachable(database.url);
  applyMigrations(database.url);
  const { runSeed } = require('../apps/api/dist/src/seed/run-seed.js');
  await runSeed(database.url, process.env.DEMO_PASSWORD || undefined);

  const { startServer } = require('../apps/api/dist/src/main.js');
  const started = await startServer({ ...process.env, DATABASE_URL: database.url });
  app = started.app;
  process.off('uncaughtException', failStart);
  process.off('unhandledRejection', failStart);
  console.log(`Study Report Tracker is running at http://localhost:${started.config.PORT}`);
} catch (error) {
  await failStart(error);
}

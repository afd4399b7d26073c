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
  console.log(`Study Report Tracker is running at http://localhost:${started.config.PORT}`);
} catch (error) {
  console.error(error.message);
  await app?.close().catch(() => {});
  await database?.stop().catch(() => {});
  process.exit(1);
}

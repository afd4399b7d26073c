// Serves the production build for the browser journeys: a fresh `e2e` database cloned from the
// seeded test template, the API with the built web client, on E2E_PORT (default 3100).
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
if (!adminUrl) {
  console.error('TEST_DATABASE_ADMIN_URL is not set: run the journeys with `npm test`.');
  process.exit(1);
}
const database = process.env.E2E_DATABASE ?? 'e2e';
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}" TEMPLATE srt_template`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
const { startServer } = require('../../apps/api/dist/src/main.js');
const { app } = await startServer({
  ...process.env,
  DATABASE_URL: url.toString(),
  PORT: process.env.E2E_PORT ?? '3100',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  PUBLIC_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? '3100'}`,
});
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

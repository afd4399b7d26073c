'use strict';
const { Client } = require('pg');

/** Fails with one readable line when the server cannot be reached (instead of a driver stack). */
async function assertReachable(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { hostname, port } = new URL(databaseUrl);
    throw new Error(
      `Cannot reach the database at ${hostname}:${port || 5432} (${error.code ?? error.message}). Check DATABASE_URL.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}

module.exports = { assertReachable };

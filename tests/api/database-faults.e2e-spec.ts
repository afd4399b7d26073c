import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '../../apps/api/src/config/config';
import { PrismaService } from '../../apps/api/src/database/prisma.service';
import { Prisma } from '../../apps/api/src/generated/prisma/client';
import { createApp } from '../../apps/api/src/server';
import { freePort } from '../support/free-port';

/** Starts tests/support/serve-cluster.cjs and waits for the URL it prints. */
function startOwnCluster(dataDir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [path.join(__dirname, '../support/serve-cluster.cjs'), dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ url: (JSON.parse(output) as { url: string }).url, stop });
    });
    child.once('exit', (code) => reject(new Error(`the test's PostgreSQL did not start (exit ${code})`)));
  });
}

/** A process's /proc/<pid>/stat ("pid (name) state ppid …"), or '' when it has just exited. */
function readStat(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}

/** Sends a signal unless the process has exited meanwhile (a backend whose session just ended). */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

jest.setTimeout(120_000);

/**
 * Faults of the database server itself, so each test has a PostgreSQL of its own: pausing or
 * shutting down the cluster the other suites share would fail them.
 */
describe('readiness when the database server misbehaves', () => {
  let cluster: { url: string; stop(): Promise<void> };
  let app: INestApplication;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-faults-'));
    cluster = await startOwnCluster(dataDir, await freePort());
    app = await createApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: cluster.url, WEB_DIST: '/nonexistent' }),
    );
    await request(app.getHttpServer()).get('/api/ready').expect(200);
    // The pool holds an open connection, as it would after any request: the one a smart
    // shutdown keeps serving.
    await app.get(PrismaService).queryPool(Prisma.sql`SELECT 1`);
  });

  afterEach(async () => {
    await app?.close();
    await cluster.stop().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The postmaster and every process it started: what "PostgreSQL is paused" means. */
  async function serverProcesses(): Promise<number[]> {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const { rows } = await client.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
    );
    await client.end();
    const postmaster = Number(fs.readFileSync(path.join(rows[0].setting, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // /proc rather than pgrep: a bare Debian machine has no procps.
    const children = fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        const stat = readStat(pid);
        return stat.split(') ')[1]?.split(' ')[1] === String(postmaster);
      })
      .map(Number);
    return [postmaster, ...children];
  }

  async function timedReady(): Promise<{ status: number; ms: number }> {
    const started = Date.now();
    const answer = await request(app.getHttpServer()).get('/api/ready').timeout(15_000);
    return { status: answer.status, ms: Date.now() - started };
  }

  it('says 503 within about a second while the server is paused, and 200 again soon after it resumes', async () => {
    const processes = await serverProcesses();
    try {
      for (const pid of processes) signal(pid, 'SIGSTOP');
      const paused = await timedReady();
      expect(paused.status).toBe(503);
      // One second for the connection, with room for a busy machine; the old check hung until resumed.
      expect(paused.ms).toBeLessThan(2500);
    } finally {
      for (const pid of processes) signal(pid, 'SIGCONT');
    }
    const deadline = Date.now() + 5000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) status = (await timedReady()).status;
    expect(status).toBe(200);
  });

  it('says 503 once the server refuses new connections in a "smart" shutdown', async () => {
    const [postmaster] = await serverProcesses();
    // SIGTERM is PostgreSQL's "smart" shutdown: sessions already open go on, new ones are refused.
    process.kill(postmaster, 'SIGTERM');
    const deadline = Date.now() + 5000;
    let status = 200;
    while (Date.now() < deadline && status === 200) status = (await timedReady()).status;
    expect(status).toBe(503);
  });
});

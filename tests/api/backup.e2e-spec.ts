import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withAdminClient } from '../support/databases';
import { lessonContent } from '../support/item-contents';
import { createItem } from '../support/items';
import { startTestApp, type TestApp } from '../support/test-app';

// `npm run backup` and `npm run restore` as real processes against the suite's database, while
// the app keeps running on it.
const ROOT = path.resolve(__dirname, '..', '..');
let testApp: TestApp;
let folder: string;

beforeAll(async () => {
  testApp = await startTestApp({ SESSION_CACHE_MS: '300' });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-backup-'));
});
afterAll(async () => {
  await testApp.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

function run(script: 'backup' | 'restore', args: string[], databaseUrl = testApp.databaseUrl) {
  const result = spawnSync(process.execPath, [path.join(ROOT, `scripts/${script}.mjs`), ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

type Query = <T>(sql: string) => Promise<T[]>;

/** A digest of every row of every table a backup holds (generated columns included), and of the sequences. */
async function fingerprint(query: Query = (sql) => testApp.query(sql)): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    "SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname " +
      "NOT IN ('_prisma_migrations', 'session', 'rate_limit', 'user_token') ORDER BY relname",
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ md5: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
    );
    digest[name] = row.md5;
  }
  for (const sequence of await query<{ name: string; position: string }>(
    "SELECT sequencename AS name, coalesce(last_value, 0)::text AS position FROM pg_sequences WHERE schemaname = 'public'",
  )) {
    digest[`sequence ${sequence.name}`] = sequence.position;
  }
  return digest;
}

describe('backup and restore', () => {
  it('brings every table back as it was at the backup, while the app runs, and signs everyone out', async () => {
    const member = await testApp.signIn('member');
    const kept = await createItem(member, lessonContent({ title: 'Kept by the backup' }));
    const [organisation] = await testApp.query<{ id: string }>('SELECT id FROM organisation ORDER BY name LIMIT 1');
    const admin = await testApp.signIn('admin');
    await admin
      .post('/api/v1/users')
      .send({
        email: 'invited@example.org',
        displayName: 'Invited Person',
        organisationId: organisation.id,
        role: 'DELEGATE',
      })
      .expect(201);
    const before = await fingerprint();
    const backup = run('backup', [path.join(folder, 'first')]);
    expect(backup).toMatchObject({ status: 0, stdout: expect.stringContaining('Backed up') });

    const later = await createItem(member, lessonContent({ title: 'Made after the backup' }));
    await member.delete(`/api/v1/items/${kept.reference}`).expect(204);
    expect(await fingerprint()).not.toEqual(before);

    const restore = run('restore', [path.join(folder, 'first'), '--yes']);
    expect(restore).toMatchObject({ status: 0, stdout: expect.stringContaining('Restored the backup') });
    expect(await fingerprint()).toEqual(before);
    // Emailed links are not backed up: one used after the backup must not work again.
    expect(await testApp.query('SELECT count(*)::int AS links FROM user_token')).toEqual([{ links: 0 }]);

    // Another process ended the sessions: this one stops honouring them within SESSION_CACHE_MS.
    await new Promise((resolve) => setTimeout(resolve, testApp.config.SESSION_CACHE_MS + 100));
    await member.get('/api/v1/auth/me').expect(401);
    const again = await testApp.signIn('member');
    expect((await again.get(`/api/v1/items/${kept.reference}`).expect(200)).body.title).toBe('Kept by the backup');
    await again.get(`/api/v1/items/${later.reference}`).expect(404);
    // Numbering goes on from where the backup left it.
    expect((await createItem(again, lessonContent({ title: 'After the restore' }))).reference).toBe(later.reference);
  });

  it('refuses a backup of other migrations and a damaged backup, and changes nothing', async () => {
    const source = path.join(folder, 'second');
    expect(run('backup', [source]).status).toBe(0);
    const before = await fingerprint();

    const older = path.join(folder, 'older');
    fs.cpSync(source, older, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(older, 'manifest.json'), 'utf8'));
    manifest.migrations.pop();
    fs.writeFileSync(path.join(older, 'manifest.json'), JSON.stringify(manifest));
    const refused = run('restore', [older, '--yes']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^The backup was made at migration .*The data was left as it was\.$/s);

    const damaged = path.join(folder, 'damaged');
    fs.cpSync(source, damaged, { recursive: true });
    const items = path.join(damaged, 'item.copy.gz');
    fs.truncateSync(items, Math.floor(fs.statSync(items).size / 2));
    const failed = run('restore', [damaged, '--yes']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/The data was left as it was\.$/);

    expect(await fingerprint()).toEqual(before);
  });

  it('restores into a new, empty database, migrating it first', async () => {
    const source = path.join(folder, 'for-a-new-database');
    expect(run('backup', [source]).status).toBe(0);
    const before = await fingerprint();
    const name = `restored_${Date.now()}`;
    await withAdminClient((admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(testApp.databaseUrl);
    url.pathname = `/${name}`;
    const client = new Client({ connectionString: url.toString() });
    try {
      expect(run('restore', [source, '--yes'], url.toString())).toMatchObject({ status: 0 });
      await client.connect();
      expect(await fingerprint(async (sql) => (await client.query(sql)).rows)).toEqual(before);
    } finally {
      await client.end();
      await withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  }, 60_000);

  it('asks for --yes before replacing the data, and never writes into an existing folder', async () => {
    const source = path.join(folder, 'third');
    expect(run('backup', [source]).status).toBe(0);
    const unconfirmed = run('restore', [source]);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toMatch(
      /^This replaces ALL data with the backup of .* Run again with --yes to do it\.$/,
    );
    const again = run('backup', [source]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`${source} already exists; a backup goes into a new folder.`);
  });
});

'use strict';
// Backup and restore of all data (SPEC §7) through PostgreSQL's COPY, so that they work against
// any server the app runs on: the embedded one ships no pg_dump, and Debian's pg_dump cannot dump
// a PostgreSQL 18 server. A backup is a folder: one gzipped COPY file per table, in PostgreSQL's
// text format, and manifest.json, written last, which names the schema's migrations, the tables
// with their columns and row counts, and the sequences' positions.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { pipeline } = require('node:stream/promises');
const { Client } = require('pg');
const { to: copyTo, from: copyFrom } = require('pg-copy-streams');

const FORMAT = 'study-report-tracker-backup/1';
const MANIFEST = 'manifest.json';
/** Not data: the schema's own history, sign-ins and sign-in throttling. A restore signs everyone out. */
const LEFT_OUT = ['_prisma_migrations', 'session', 'rate_limit'];

class BackupError extends Error {}

const quoted = (name) => `"${name.replace(/"/g, '""')}"`;

async function connect(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function appliedMigrations(client) {
  const [{ exists }] = (await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists")).rows;
  if (!exists) return [];
  const { rows } = await client.query(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((row) => row.migration_name);
}

/** The tables holding data, each after the tables it references, with their writable columns. */
async function dataTables(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name,
            array(SELECT a.attname FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                   ORDER BY a.attnum)::text[] AS columns,
            array(SELECT DISTINCT f.confrelid::regclass::text FROM pg_constraint f
                   WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid)::text[] AS parents
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND NOT (c.relname = ANY($1::text[]))
      ORDER BY c.relname`,
    [LEFT_OUT],
  );
  const ordered = [];
  const placed = new Set();
  while (ordered.length < rows.length) {
    const ready = rows.filter((table) => !placed.has(table.name) && table.parents.every((parent) => placed.has(parent) || LEFT_OUT.includes(parent)));
    if (ready.length === 0) throw new BackupError('The tables reference each other in a cycle; they cannot be restored one after another.');
    for (const table of ready) {
      ordered.push({ name: table.name, columns: table.columns });
      placed.add(table.name);
    }
  }
  return ordered;
}

async function sequencePositions(client) {
  const { rows } = await client.query("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename");
  const positions = [];
  for (const { name } of rows) {
    const [position] = (await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoted(name)}`)).rows;
    positions.push({ name, ...position });
  }
  return positions;
}

const copyColumns = (table) => `${quoted(table.name)} (${table.columns.map(quoted).join(', ')})`;
const fileOf = (table) => `${table.name}.copy.gz`;

/**
 * Writes a backup of the database at `url` into `folder`, which must not exist yet. Every table
 * is read in one snapshot, so the backup is consistent while the app keeps running.
 */
async function backupDatabase(url, folder, log = () => {}) {
  if (fs.existsSync(folder)) throw new BackupError(`${folder} already exists; a backup goes into a new folder.`);
  const client = await connect(url);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    const tables = await dataTables(client);
    fs.mkdirSync(folder, { recursive: true });
    const written = [];
    for (const table of tables) {
      const rows = client.query(copyTo(`COPY ${copyColumns(table)} TO STDOUT`));
      await pipeline(rows, zlib.createGzip({ level: 3 }), fs.createWriteStream(path.join(folder, fileOf(table))));
      written.push({ ...table, file: fileOf(table), rows: rows.rowCount });
      log(`${table.name}: ${rows.rowCount} rows`);
    }
    const sequences = await sequencePositions(client);
    await client.query('COMMIT');
    const manifest = { format: FORMAT, createdAt: new Date().toISOString(), migrations, tables: written, sequences };
    fs.writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

function readManifest(folder) {
  const file = path.join(folder, MANIFEST);
  if (!fs.existsSync(file)) throw new BackupError(`${folder} holds no ${MANIFEST}: it is not a backup, or its backup did not finish.`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.format !== FORMAT) throw new BackupError(`${file} is of format "${manifest.format}", not ${FORMAT}.`);
  return manifest;
}

/** Why the backup cannot go into this database's schema, or null when it can. */
function schemaMismatch(manifest, migrations, tables) {
  const wanted = manifest.migrations.join('\n');
  if (wanted !== migrations.join('\n')) {
    return (
      `The backup was made at migration ${manifest.migrations.at(-1)}, this database is at ${migrations.at(-1) ?? 'no migration'}. ` +
      'Restore it with the version of the app that made it (npm run db:deploy first on an empty database), then upgrade.'
    );
  }
  const here = new Map(tables.map((table) => [table.name, table.columns.join(',')]));
  const differing = manifest.tables.find((table) => here.get(table.name) !== table.columns.join(','));
  return differing ? `The table ${differing.name} differs from the backup's, although the migrations are the same.` : null;
}

/**
 * Replaces all data of the database at `url` with the backup in `folder`, in one transaction:
 * if anything fails, the database is left as it was. Sessions end (everyone signs in again).
 * The database must be at the backup's migrations.
 */
async function restoreDatabase(url, folder, log = () => {}) {
  const manifest = readManifest(folder);
  const client = await connect(url);
  try {
    await client.query('BEGIN');
    const tables = await dataTables(client);
    const mismatch = schemaMismatch(manifest, await appliedMigrations(client), tables);
    if (mismatch) throw new BackupError(mismatch);
    // The tallies are restored as they were: the triggers that keep them must not count the
    // restored items a second time. Disabling a trigger needs only the table's owner.
    const { rows: triggered } = await client.query(
      "SELECT DISTINCT tgrelid::regclass::text AS name FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1::text[])",
      [tables.map((table) => table.name)],
    );
    for (const { name } of triggered) await client.query(`ALTER TABLE ${quoted(name)} DISABLE TRIGGER USER`);
    const emptied = [...tables.map((table) => table.name), ...LEFT_OUT.filter((name) => name !== '_prisma_migrations')];
    await client.query(`TRUNCATE ${emptied.map(quoted).join(', ')}`);
    for (const table of manifest.tables) {
      const source = fs.createReadStream(path.join(folder, table.file));
      const sink = client.query(copyFrom(`COPY ${copyColumns(table)} FROM STDIN`));
      await pipeline(source, zlib.createGunzip(), sink);
      if (sink.rowCount !== table.rows) throw new BackupError(`${table.file} holds ${sink.rowCount} rows, the manifest says ${table.rows}.`);
      log(`${table.name}: ${table.rows} rows`);
    }
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quoted(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    for (const { name } of triggered) await client.query(`ALTER TABLE ${quoted(name)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Whether no migration has been applied to the database at `url` yet (a new, empty database). */
async function isUnmigrated(url) {
  const client = await connect(url);
  try {
    return (await appliedMigrations(client)).length === 0;
  } finally {
    await client.end();
  }
}

module.exports = { backupDatabase, restoreDatabase, readManifest, isUnmigrated, BackupError };

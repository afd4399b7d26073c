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
const MIGRATIONS = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');
/**
 * Not data: the schema's own history, sign-ins, sign-in throttling, and the secrets of emailed
 * links (a link used after the backup must not work again). A restore signs everyone out, and
 * invitations and password resets must be sent again.
 */
const LEFT_OUT = ['_prisma_migrations', 'session', 'rate_limit', 'user_token'];
/** Backups wait for a restore to finish (a snapshot older than its TRUNCATE would read empty tables); a restore waits for backups. */
const BACKUP_RESTORE_LOCK = 7_245_001;

class BackupError extends Error {}

const quoted = (name) => `"${name.replace(/"/g, '""')}"`;

async function connect(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function appliedMigrations(client) {
  const [{ exists }] = (await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists"))
    .rows;
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
    const ready = rows.filter(
      (table) =>
        !placed.has(table.name) && table.parents.every((parent) => placed.has(parent) || LEFT_OUT.includes(parent)),
    );
    if (ready.length === 0)
      throw new BackupError('The tables reference each other in a cycle; they cannot be restored one after another.');
    for (const table of ready) {
      ordered.push({ name: table.name, columns: table.columns });
      placed.add(table.name);
    }
  }
  return ordered;
}

async function sequencePositions(client) {
  const { rows } = await client.query(
    "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
  );
  const positions = [];
  for (const { name } of rows) {
    const [position] = (
      await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoted(name)}`)
    ).rows;
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
  claimFolder(folder);
  const client = await connect(url);
  try {
    await client.query('SELECT pg_advisory_lock_shared($1)', [BACKUP_RESTORE_LOCK]);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    const tables = await dataTables(client);
    const written = [];
    for (const table of tables) {
      const rows = client.query(copyTo(`COPY ${copyColumns(table)} TO STDOUT`));
      await pipeline(
        rows,
        zlib.createGzip({ level: 3 }),
        fs.createWriteStream(path.join(folder, fileOf(table)), { mode: 0o600 }),
      );
      written.push({ ...table, file: fileOf(table), rows: rows.rowCount });
      log(`${table.name}: ${rows.rowCount} rows`);
    }
    const sequences = await sequencePositions(client);
    await client.query('COMMIT');
    const manifest = { format: FORMAT, createdAt: new Date().toISOString(), migrations, tables: written, sequences };
    // Written last and renamed into place: a folder with a manifest holds a whole backup.
    fs.writeFileSync(path.join(folder, `${MANIFEST}.partial`), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });
    fs.renameSync(path.join(folder, `${MANIFEST}.partial`), path.join(folder, MANIFEST));
    return manifest;
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates the backup's folder, readable by its owner only (password hashes, emails); refuses an existing one. */
function claimFolder(folder) {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  try {
    fs.mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if (error.code === 'EEXIST') throw new BackupError(`${folder} already exists; a backup goes into a new folder.`);
    throw error;
  }
}

function readManifest(folder) {
  const file = path.join(folder, MANIFEST);
  if (!fs.existsSync(file))
    throw new BackupError(`${folder} holds no ${MANIFEST}: it is not a backup, or its backup did not finish.`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.format !== FORMAT) throw new BackupError(`${file} is of format "${manifest.format}", not ${FORMAT}.`);
  return manifest;
}

/** Why a backup made at `manifest.migrations` cannot go into a schema at `migrations`, or null. */
function migrationMismatch(manifest, migrations, schema) {
  if (manifest.migrations.join('\n') === migrations.join('\n')) return null;
  return (
    `The backup was made at migration ${manifest.migrations.at(-1)}, ${schema} is at ${migrations.at(-1) ?? 'no migration'}. ` +
    'Restore it with the version of the app that made it, then start the newer version.'
  );
}

/** Why the backup cannot go into this database's schema, or null when it can. */
function schemaMismatch(manifest, migrations, tables, sequences) {
  const migrated = migrationMismatch(manifest, migrations, 'this database');
  if (migrated) return migrated;
  const describe = (list) =>
    list
      .map((table) => `${table.name}(${table.columns.join(',')})`)
      .sort()
      .join(' ');
  if (describe(manifest.tables) !== describe(tables))
    return "The backup's tables differ from this database's, although the migrations are the same.";
  const names = (list) =>
    list
      .map((sequence) => sequence.name)
      .sort()
      .join(' ');
  if (names(manifest.sequences) !== names(sequences))
    return "The backup's sequences differ from this database's, although the migrations are the same.";
  return null;
}

/** Why this version of the app cannot restore the backup into a new database, or null. */
function codeMismatch(manifest) {
  const migrations = fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return migrationMismatch(manifest, migrations, 'this version of the app');
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
    await client.query('SELECT pg_advisory_xact_lock($1)', [BACKUP_RESTORE_LOCK]);
    const tables = await dataTables(client);
    const mismatch = schemaMismatch(manifest, await appliedMigrations(client), tables, await sequencePositions(client));
    if (mismatch) throw new BackupError(mismatch);
    // Every table at once, or give up: requests wait for the restore, and taking the locks one
    // by one could deadlock with a transaction of the running app.
    const emptied = [...tables.map((table) => table.name), ...LEFT_OUT.filter((name) => name !== '_prisma_migrations')];
    await client.query("SET LOCAL lock_timeout = '30s'");
    await client.query(`LOCK TABLE ${emptied.map(quoted).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    // The tallies are restored as they were: the triggers that keep them must not count the
    // restored items a second time. Disabling a trigger needs only the table's owner.
    const { rows: triggered } = await client.query(
      'SELECT DISTINCT tgrelid::regclass::text AS name FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1::text[])',
      [tables.map((table) => table.name)],
    );
    for (const { name } of triggered) await client.query(`ALTER TABLE ${quoted(name)} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${emptied.map(quoted).join(', ')}`);
    for (const table of manifest.tables) {
      const source = fs.createReadStream(path.join(folder, table.file));
      const sink = client.query(copyFrom(`COPY ${copyColumns(table)} FROM STDIN`));
      await pipeline(source, zlib.createGunzip(), sink);
      if (sink.rowCount !== table.rows)
        throw new BackupError(`${table.file} holds ${sink.rowCount} rows, the manifest says ${table.rows}.`);
      log(`${table.name}: ${table.rows} rows`);
    }
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        quoted(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
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

module.exports = { backupDatabase, restoreDatabase, readManifest, isUnmigrated, codeMismatch, BackupError };

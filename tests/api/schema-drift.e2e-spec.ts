import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, withAdminClient } from '../support/databases';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `prisma migrate diff --from-migrations` needs a shadow database, which the Wasm schema engine
 * cannot use here (shared/STACK.md). So the check is made from both ends: the SQL that builds
 * schema.prisma from nothing, and the migrations as deployed, must give identical catalogs.
 */
function schemaFromNothing(anyDatabaseUrl: string): string {
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'prisma'),
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    // The config builds its adapter even for a diff that reads no database.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: anyDatabaseUrl } },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** Indexes Prisma cannot express, added to migrations by hand. */
const HAND_WRITTEN_INDEXES = [
  'item_search_idx',
  'item_title_sort_idx',
  'item_title_search_idx',
  'item_status_updated_idx',
];

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
              AND indexname <> ALL (ARRAY['${HAND_WRITTEN_INDEXES.join("','")}'])`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(c.oid) AS definition
                  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                 WHERE n.nspname = 'public' AND conrelid::regclass::text <> '_prisma_migrations'`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`,
};

async function catalog(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
      result[name] = (await client.query(sql)).rows.map((row) => JSON.stringify(row)).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

it('finds schema.prisma and the migrations in agreement', async () => {
  const migrated = await createTestDatabase();
  const fromSchema = `drift_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${fromSchema}"`));
  const fromSchemaUrl = new URL(migrated.url);
  fromSchemaUrl.pathname = `/${fromSchema}`;
  try {
    const client = new Client({ connectionString: fromSchemaUrl.toString() });
    await client.connect();
    try {
      // Extensions come from the hand-written part of the migrations; the schema's indexes need them.
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;');
      await client.query(schemaFromNothing(migrated.url));
    } finally {
      await client.end();
    }
    const [expected, actual] = await Promise.all([catalog(fromSchemaUrl.toString()), catalog(migrated.url)]);
    expect(actual).toEqual(expected);
  } finally {
    await migrated.drop();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${fromSchema}" WITH (FORCE)`));
  }
}, 120_000);

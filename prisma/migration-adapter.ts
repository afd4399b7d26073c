import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { parse } from 'pg-connection-string';

// Workarounds for four adapter-pg / schema-engine defects that only the Prisma CLI meets (shared/STACK.md).
// The application's own client uses adapter-pg unchanged.

const CATALOG_TYPE_OIDS = new Set([18 /* "char" */, 19 /* name */]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { name: string; dataTypeID: number }[]; rows?: unknown[]; rowCount?: number | null };

/**
 * PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'); Prisma 6's schema
 * engine does not know that type and aborts. Nullability comes from pg_attribute anyway.
 */
function hideNotNullConstraints(result: QueryResultLike): void {
  const index = result.fields?.findIndex((field) => field.name === 'constraint_type') ?? -1;
  if (index < 0 || !result.rows) return;
  result.rows = result.rows.filter(
    (row) => (Array.isArray(row) ? row[index] : (row as Record<string, unknown>).constraint_type) !== 'n',
  );
  result.rowCount = result.rows.length;
}

function adaptCatalogResult<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as QueryResultLike[];
  for (const each of results) {
    if (!each) continue;
    for (const field of each.fields ?? []) {
      if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    hideNotNullConstraints(each);
  }
  return result;
}

/**
 * prisma/orm#27403: the schema engine reads `name` and `"char"` catalog columns, which adapter-pg
 * refuses; and it cannot read PostgreSQL 18's NOT NULL constraints.
 */
class CatalogFriendlyClient extends pg.Client {
  // pg-pool uses the callback form, the adapter the promise form: both must be covered.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: Error | null, result: unknown) => void;
      const rest = args.slice(0, -1);
      return (super.query as (...a: unknown[]) => never)(...rest, (error: Error | null, result: unknown) =>
        callback(error, error ? result : adaptCatalogResult(result)),
      );
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending && typeof (pending as Promise<unknown>).then === 'function') {
      return (pending as Promise<unknown>).then(adaptCatalogResult) as never;
    }
    return pending as never;
  }
}

type PrismaPgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * adapter-pg runs a migration script by splitting it on every ";", which breaks any
 * dollar-quoted function body. PostgreSQL takes the whole script as one simple query, which
 * also runs it as one implicit transaction.
 */
function runScriptsWhole(adapter: PrismaPgAdapter): PrismaPgAdapter {
  const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/**
 * adapter-pg's shadow database spreads its config over a connection string (so the "shadow"
 * would be the real database) and drops the shadow before closing its pool. Discrete
 * connection fields and closing the pool first avoid both.
 */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new MigrationAdapterFactory({ ...this.poolConfig, database }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export function createMigrationAdapter(databaseUrl: string): PrismaPg {
  const parsed = parse(databaseUrl);
  return new MigrationAdapterFactory({
    host: parsed.host ?? 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    Client: CatalogFriendlyClient,
  });
}

import { Prisma } from '../generated/prisma/client';
import type { DatabaseClient, PrismaService, ReadOptions, TransactionClient } from './prisma.service';

/**
 * Hand-written SQL, the one way (CONTRIBUTING.md, "SQL"). A statement runs straight on the pool
 * outside a transaction and through the transaction's `$queryRaw` inside one; the two decode some
 * column types differently (pg gives a bigint as a string, Prisma as a BigInt; a numeric is a
 * string or a Decimal), so a row may hold only types both decode alike: text, int, float8,
 * boolean, uuid, enums, json and arrays of those. Timestamps are selected as ISO 8601 text with
 * `isoTimestamp()`, the type they have inside JSON built by the database and in the contracts.
 * Any other type is refused here, with what to select instead, so a row's declared type is true
 * whichever path ran it.
 */
export async function sqlRows<Row>(client: DatabaseClient, query: Prisma.Sql, options?: ReadOptions): Promise<Row[]> {
  if (isTransaction(client)) {
    const rows = await client.$queryRaw<Record<string, unknown>[]>(query);
    for (const row of rows) for (const [column, value] of Object.entries(row)) refuseDecoded(column, value);
    return rows as Row[];
  }
  const result = await (client as PrismaService).queryPool(query, options);
  for (const field of result.fields) refuseColumnType(field.name, field.dataTypeID);
  return result.rows as Row[];
}

/** A hand-written statement whose rows are not read; answers how many rows it changed. */
export async function sqlExecute(client: DatabaseClient, query: Prisma.Sql): Promise<number> {
  if (isTransaction(client)) return client.$executeRaw(query);
  return (await (client as PrismaService).queryPool(query)).rowCount ?? 0;
}

/** What to select instead of a column type the two paths decode differently, by PostgreSQL type id. */
const INSTEAD: Record<number, string> = {
  20: 'a bigint: cast it to int (count(*)::int) or text',
  1016: 'a bigint[]: cast it to int[] or text[]',
  1700: 'a numeric: cast it to float8 or text',
  1231: 'a numeric[]: cast it to float8[] or text[]',
  1082: "a date: format it with to_char(…, 'YYYY-MM-DD')",
  1182: 'a date[]: format its dates as text',
  1114: 'a timestamp: select it with isoTimestamp()',
  1115: 'a timestamp[]: format its timestamps as text',
  1184: 'a timestamptz: select it with isoTimestamp()',
  1185: 'a timestamptz[]: format its timestamps as text',
  1083: 'a time: cast it to text',
  1266: 'a timetz: cast it to text',
  1186: 'an interval: select its length as a number',
  17: 'a bytea: encode it as text',
  790: 'a money: cast it to numeric and then float8',
};

function refuseColumnType(column: string, typeId: number): void {
  const instead = INSTEAD[typeId];
  if (instead) throw new Error(`SQL column "${column}" is ${instead}`);
}

/** Inside a transaction only the values tell; a null says nothing, a decoded value says which type it was. */
function refuseDecoded(column: string, value: unknown): void {
  if (typeof value === 'bigint') refuseColumnType(column, 20);
  if (value instanceof Prisma.Decimal) refuseColumnType(column, 1700);
  // Prisma decodes a timestamp and a date alike.
  if (value instanceof Date)
    throw new Error(`SQL column "${column}" is a timestamp or a date: select it with isoTimestamp() or to_char(…)`);
  if (value instanceof Uint8Array) refuseColumnType(column, 17);
}

/**
 * Prisma's constructor returns a proxy, so `instanceof PrismaService` is false even for the
 * service itself; and a transaction client still shows the service's own methods (`queryPool`
 * would run outside the transaction). What a transaction client lacks is `$transaction`.
 */
function isTransaction(client: DatabaseClient): client is TransactionClient {
  return typeof (client as Partial<PrismaService>).$transaction !== 'function';
}

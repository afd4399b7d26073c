import { Prisma } from '../generated/prisma/client';

/**
 * A timestamp column as the API writes it (`2026-11-26T01:51:28.000Z`), formatted by PostgreSQL:
 * cheaper than parsing it into a Date in Node only to print it again, and the same text inside
 * JSON built by the database.
 */
export const isoTimestamp = (column: string) =>
  Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

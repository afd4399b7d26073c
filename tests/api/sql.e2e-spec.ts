import { PrismaService } from '../../apps/api/src/database/prisma.service';
import { sqlExecute, sqlRows } from '../../apps/api/src/database/sql';
import { Prisma } from '../../apps/api/src/generated/prisma/client';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let prisma: PrismaService;
beforeAll(async () => {
  testApp = await startTestApp();
  prisma = testApp.app.get(PrismaService);
});
afterAll(() => testApp.close());

const inTransaction = <T>(run: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(run);

describe('hand-written SQL', () => {
  it('gives a row the same values on the pool and in a transaction', async () => {
    const statement = Prisma.sql`
      SELECT count(*)::int AS items, 'REC'::text AS prefix, true AS flag, 0.5::float8 AS share,
             json_build_object('at', ${Prisma.raw(`to_char(timestamptz '2026-01-02 03:04:05.678Z' AT TIME ZONE
               'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)}) AS document,
             ARRAY['a', 'b'] AS tags, (SELECT status FROM item ORDER BY reference LIMIT 1) AS status
        FROM item`;
    const onPool = await sqlRows(prisma, statement);
    const inside = await inTransaction((tx) => sqlRows(tx, statement));
    expect(inside).toEqual(onPool);
    expect(onPool[0]).toMatchObject({ prefix: 'REC', flag: true, share: 0.5, tags: ['a', 'b'] });
    expect(typeof (onPool[0] as { items: unknown }).items).toBe('number');
    expect((onPool[0] as { document: unknown }).document).toEqual({ at: '2026-01-02T03:04:05.678Z' });
  });

  it('refuses the column types the two paths decode differently, saying what to select', async () => {
    for (const [column, advice] of [
      ['count(*)', /bigint: cast it to int/],
      ['now()', /timestamp.*: select it with isoTimestamp\(\)/],
      ['current_date', /date: .*to_char/],
      ['1.5::numeric', /numeric: cast it to float8/],
    ] as const) {
      const statement = Prisma.sql`SELECT ${Prisma.raw(column)} AS value FROM item`;
      await expect(sqlRows(prisma, statement)).rejects.toThrow(advice);
      await expect(inTransaction((tx) => sqlRows(tx, statement))).rejects.toThrow(advice);
    }
  });

  it('answers how many rows a statement changed, on the pool and in a transaction', async () => {
    const statement = Prisma.sql`UPDATE technology SET name_en = name_en WHERE slug = 'ai'`;
    expect(await sqlExecute(prisma, statement)).toBe(1);
    expect(await inTransaction((tx) => sqlExecute(tx, statement))).toBe(1);
  });
});

import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Prisma, PrismaClient } from '../generated/prisma/client';
import { AfterResponse } from './after-response';

/** How long readiness waits for a new connection, and then for its first answer. */
const READINESS_LIMIT_MS = 1000;

export type TransactionClient = Prisma.TransactionClient;
/** What repositories accept: the client itself or an open transaction. */
export type DatabaseClient = PrismaClient | TransactionClient;

export interface ReadOptions {
  /**
   * Prepare the statement once per connection and let PostgreSQL reuse its plan. Only for
   * lookups whose best plan does not depend on the values (a key, the caller): planning the
   * item page's statement costs about four times as much as running it. A statement whose best
   * plan depends on the values (a search, a rare filter) must be planned for each call.
   */
  reusePlan?: boolean;
}

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /** The connections Prisma uses, shared with `queryPool` below. */
  private readonly pool: pg.Pool;
  private readonly connectionString: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly afterResponse: AfterResponse,
  ) {
    const pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      // An unreachable database must turn into a quick 503, not a hanging request.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
    });
    super({ adapter: new PrismaPg(pool) });
    this.pool = pool;
    this.connectionString = config.DATABASE_URL;
    // An idle connection that the server drops (a restart, a failover) must not crash the
    // process; the pool replaces it on the next query.
    const logger = new Logger(PrismaService.name);
    pool.on('error', (error) => logger.warn({ err: error }, 'an idle database connection failed'));
  }

  /**
   * A hand-written statement run on the pool directly; only `sqlRows` and `sqlExecute` (sql.ts)
   * call it. The hottest reads (the session on every request, browse pages, the item page,
   * facets) take this path: `$queryRaw` spends about 0.3 ms of CPU more per statement in Prisma's
   * engine, a tenth of what such a request may cost (SPEC §6).
   */
  queryPool(query: Prisma.Sql, options: ReadOptions = {}): Promise<pg.QueryResult> {
    const name = options.reusePlan ? statementName(query.text) : undefined;
    return this.pool.query({ name, text: query.text, values: query.values });
  }

  /** The pool's connection counts as pg keeps them (no query): what /api/metrics reports. */
  poolUsage(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  /**
   * Whether a request could run a query now. It opens a connection of its own rather than
   * borrowing one: a server in "smart" shutdown still serves the pool's open connections while
   * it refuses new ones, and a paused server accepts the TCP connection but never answers, so
   * only a new connection with a short limit on each step tells the truth within a second.
   */
  async isReachable(): Promise<boolean> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      connectionTimeoutMillis: READINESS_LIMIT_MS,
      query_timeout: READINESS_LIMIT_MS,
    });
    // A failure after the answer (the server goes away mid-check) must not crash the process.
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      void client.end().catch(() => {});
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.afterResponse.settled();
    try {
      await this.$disconnect();
    } finally {
      await this.pool.end();
    }
  }
}

/** pg prepares a named statement once per connection; the name must stand for one text only. */
export function statementName(text: string): string {
  return `srt_${createHash('sha1').update(text).digest('base64url')}`;
}

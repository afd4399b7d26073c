import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Prisma, PrismaClient } from '../generated/prisma/client';

export type TransactionClient = Prisma.TransactionClient;
/** What repositories accept: the client itself or an open transaction. */
export type DatabaseClient = PrismaClient | TransactionClient;

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      adapter: new PrismaPg({
        connectionString: config.DATABASE_URL,
        max: config.DATABASE_POOL_SIZE,
        // An unreachable database must turn into a quick 503, not a hanging request.
        connectionTimeoutMillis: 3000,
        idleTimeoutMillis: 30000,
      }),
    });
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

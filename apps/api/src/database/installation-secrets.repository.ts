import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from './prisma.service';
import { sqlExecute, sqlRows } from './sql';

@Injectable()
export class InstallationSecretsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The secret of that name, made by `create` the first time any process asks. Two processes
   * asking at once both insert; the loser's insert does nothing and both read the winner's.
   */
  async obtain(name: string, create: () => string): Promise<string> {
    await sqlExecute(
      this.prisma,
      Prisma.sql`INSERT INTO installation_secret (name, value) VALUES (${name}, ${create()}) ON CONFLICT (name) DO NOTHING`,
    );
    const [row] = await sqlRows<{ value: string }>(
      this.prisma,
      Prisma.sql`SELECT value FROM installation_secret WHERE name = ${name}`,
    );
    return row.value;
  }
}

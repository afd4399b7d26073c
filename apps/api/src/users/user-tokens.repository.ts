import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { UserTokenPurpose } from '../generated/prisma/client';

@Injectable()
export class UserTokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(
    data: { tokenHash: string; userId: string; purpose: UserTokenPurpose; expiresAt: Date },
    client: DatabaseClient = this.prisma,
  ) {
    return client.userToken.create({ data });
  }

  /** Whether the token is live (unused, unexpired, its user active), without using it. */
  async findLive(tokenHash: string, client: DatabaseClient = this.prisma): Promise<boolean> {
    const live = await client.userToken.count({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    });
    return live > 0;
  }

  /**
   * Marks a live token used and returns its owner; the conditional update makes the token
   * single-use even when two requests race with it.
   */
  async consume(
    tokenHash: string,
    client: DatabaseClient,
  ): Promise<{ userId: string; purpose: UserTokenPurpose } | null> {
    const token = await client.userToken.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, purpose: true },
    });
    if (!token) return null;
    const claimed = await client.userToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
      data: { usedAt: new Date() },
    });
    return claimed.count === 1 ? { userId: token.userId, purpose: token.purpose } : null;
  }

  /** Older unused links stop working once a newer one is issued or a password is set. */
  revokeUnused(userId: string, client: DatabaseClient = this.prisma) {
    return client.userToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  }
}

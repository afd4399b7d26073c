import { Injectable } from '@nestjs/common';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import type { SessionUser } from './session-user';

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { id: string; userId: string; expiresAt: Date; userAgent: string | null }, client: DatabaseClient = this.prisma) {
    return client.session.create({ data });
  }

  /** The session's user when the session is alive and the user active; one query. */
  async findLive(id: string, idleSince: Date): Promise<{ user: SessionUser; lastSeenAt: Date } | null> {
    const session = await this.prisma.session.findFirst({
      where: { id, expiresAt: { gt: new Date() }, lastSeenAt: { gt: idleSince }, user: { active: true } },
      select: {
        lastSeenAt: true,
        user: { select: { id: true, email: true, displayName: true, role: true, organisationId: true, preferredLanguage: true } },
      },
    });
    return session ? { user: session.user, lastSeenAt: session.lastSeenAt } : null;
  }

  touch(id: string) {
    return this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date() } });
  }

  delete(id: string) {
    return this.prisma.session.deleteMany({ where: { id } });
  }

  deleteForUser(userId: string, client: DatabaseClient = this.prisma) {
    return client.session.deleteMany({ where: { userId } });
  }

  deleteExpired(idleSince: Date) {
    return this.prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lte: new Date() } }, { lastSeenAt: { lte: idleSince } }] } });
  }
}

import { Injectable } from '@nestjs/common';
import { isoTimestamp } from '../database/iso-timestamp';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import type { LiveSession } from './session-cache';
import type { SessionUser } from './session-user';

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(
    data: { id: string; userId: string; expiresAt: Date; userAgent: string | null },
    client: DatabaseClient = this.prisma,
  ) {
    return client.session.create({ data });
  }

  /**
   * The session's user when the session is alive and the user active. Runs on every request, so
   * it is one hand-written statement: an ORM query costs several times as much CPU to compile.
   */
  async findLive(id: string, idleSince: Date): Promise<LiveSession | null> {
    const rows = await sqlRows<SessionUser & { lastSeenAt: string }>(
      this.prisma,
      Prisma.sql`
      SELECT ${isoTimestamp('s.last_seen_at')} AS "lastSeenAt", u.id, u.email, u.display_name AS "displayName", u.role,
             u.organisation_id AS "organisationId", u.preferred_language AS "preferredLanguage"
        FROM session s JOIN app_user u ON u.id = s.user_id
       WHERE s.id = ${id} AND s.expires_at > now() AND s.last_seen_at > ${idleSince} AND u.active`,
      { reusePlan: true },
    );
    if (!rows[0]) return null;
    const { lastSeenAt, ...user } = rows[0];
    return { user, lastSeenAt: new Date(lastSeenAt) };
  }

  touch(id: string) {
    return this.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date() } });
  }

  delete(id: string, client: DatabaseClient = this.prisma) {
    return client.session.deleteMany({ where: { id } });
  }

  deleteForUser(userId: string, client: DatabaseClient = this.prisma) {
    return client.session.deleteMany({ where: { userId } });
  }

  deleteExpired(idleSince: Date) {
    return this.prisma.session.deleteMany({
      where: { OR: [{ expiresAt: { lte: new Date() } }, { lastSeenAt: { lte: idleSince } }] },
    });
  }
}

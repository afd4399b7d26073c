import { Injectable } from '@nestjs/common';
import type { TNotificationKind } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { visibleTo } from '../items/item-visibility';

@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  recipients(userIds: string[], kind: TNotificationKind, client: DatabaseClient) {
    return client.user.findMany({
      where: { id: { in: userIds }, active: true },
      select: {
        id: true,
        email: true,
        preferredLanguage: true,
        preferences: { where: { kind }, select: { mode: true } },
      },
    });
  }

  secretariatIds(client: DatabaseClient) {
    return client.user
      .findMany({ where: { role: 'SECRETARIAT', active: true }, select: { id: true } })
      .then((rows) => rows.map((row) => row.id));
  }

  createMany(
    rows: {
      userId: string;
      kind: TNotificationKind;
      itemId: string;
      actorId: string;
      summary: string;
      inDigest: boolean;
    }[],
    client: DatabaseClient,
  ) {
    return client.notification.createMany({ data: rows });
  }

  // A notification names its item: one that the reader may no longer see (rejected since, or the
  // reader no longer on the Secretariat) leaves the list and the count, like every item read.
  async page(
    user: SessionUser,
    unreadOnly: boolean,
    after: { createdAt: string; id: string } | undefined,
    limit: number,
  ) {
    const rows = await this.prisma.notification.findMany({
      where: {
        userId: user.id,
        item: visibleTo(user),
        ...(unreadOnly ? { readAt: null } : {}),
        ...(after
          ? {
              OR: [
                { createdAt: { lt: new Date(after.createdAt) } },
                { createdAt: new Date(after.createdAt), id: { lt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: {
        id: true,
        kind: true,
        summary: true,
        createdAt: true,
        readAt: true,
        item: { select: { reference: true, title: true } },
        actor: { select: { displayName: true } },
      },
    });
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  unreadCount(user: SessionUser) {
    return this.prisma.notification.count({ where: { userId: user.id, readAt: null, item: visibleTo(user) } });
  }

  markRead(userId: string, ids: string[] | 'all') {
    return this.prisma.notification.updateMany({
      where: { userId, readAt: null, ...(ids === 'all' ? {} : { id: { in: ids } }) },
      data: { readAt: new Date() },
    });
  }

  preferences(userId: string) {
    return this.prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, mode: true } });
  }

  setPreference(
    userId: string,
    kind: TNotificationKind,
    mode: 'IMMEDIATE' | 'DIGEST' | 'NONE',
    client: DatabaseClient,
  ) {
    return client.notificationPreference.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, mode },
      update: { mode },
    });
  }

  /** Pending digest entries created before `until`, locked so two processes never send the same ones. */
  pendingDigest(until: Date, client: DatabaseClient) {
    return sqlRows<{
      id: string;
      user_id: string;
      kind: TNotificationKind;
      reference: string;
      title: string;
      actor: string;
      email: string;
      language: 'en' | 'fr';
    }>(
      client,
      Prisma.sql`
      SELECT n.id, n.user_id, n.kind, i.reference, i.title, a.display_name AS actor, u.email, u.preferred_language AS language
        FROM notification n
        JOIN item i ON i.id = n.item_id
        JOIN app_user a ON a.id = n.actor_id
        JOIN app_user u ON u.id = n.user_id
       WHERE n.in_digest AND n.digested_at IS NULL AND n.created_at < ${until} AND u.active
       ORDER BY n.user_id, n.created_at
       FOR UPDATE OF n SKIP LOCKED`,
    );
  }

  markDigested(ids: string[], client: DatabaseClient) {
    return client.notification.updateMany({ where: { id: { in: ids } }, data: { digestedAt: new Date() } });
  }
}

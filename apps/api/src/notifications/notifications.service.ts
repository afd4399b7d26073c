import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KINDS,
  ZIsoDateTime,
  ZUuid,
  type TNotification,
  type TNotificationKind,
  type TNotificationPreferences,
} from '@srt/contracts';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { CursorSigner } from '../http/cursor';
import { MailService } from '../mail/mail.service';
import { digestEmail, immediateEmail, summaryOf, type NoticeLine } from './notification-emails';
import { NotificationsRepository } from './notifications.repository';
import { z } from 'zod';

/** Where a page of notifications ended: the last one's date and id. */
const ZNotificationCursor = z.object({ createdAt: ZIsoDateTime, id: ZUuid });

export interface NoticeInput {
  kind: TNotificationKind;
  item: { id: string; reference: string; title: string };
  actor: { id: string; displayName: string };
  recipientIds: string[];
  comment?: string | null;
}

/**
 * In-app notifications and their emails. Each recipient's preference per kind decides the email:
 * immediately, in the daily digest, or none; the in-app notification is always kept. Nobody is
 * notified of their own action.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailService,
    private readonly cursors: CursorSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  secretariatIds(client: DatabaseClient) {
    return this.notifications.secretariatIds(client);
  }

  /** Call inside the transaction of the change; deliver the returned outbox ids after commit. */
  async notify(input: NoticeInput, client: DatabaseClient): Promise<string[]> {
    const ids = [...new Set(input.recipientIds)].filter((id) => id !== input.actor.id);
    if (ids.length === 0) return [];
    const recipients = await this.notifications.recipients(ids, input.kind, client);
    const line: NoticeLine = {
      kind: input.kind,
      reference: input.item.reference,
      title: input.item.title,
      actor: input.actor.displayName,
    };
    const modeOf = (recipient: (typeof recipients)[number]) => recipient.preferences[0]?.mode ?? 'IMMEDIATE';
    await this.notifications.createMany(
      recipients.map((recipient) => ({
        userId: recipient.id,
        kind: input.kind,
        itemId: input.item.id,
        actorId: input.actor.id,
        summary: summaryOf(line),
        inDigest: modeOf(recipient) === 'DIGEST',
      })),
      client,
    );
    const outboxIds: string[] = [];
    for (const recipient of recipients.filter((each) => modeOf(each) === 'IMMEDIATE')) {
      outboxIds.push(
        await this.mail.enqueue(
          immediateEmail(recipient.email, recipient.preferredLanguage, line, this.config.PUBLIC_URL, input.comment),
          client,
        ),
      );
    }
    return outboxIds;
  }

  deliver(outboxIds: string[]): Promise<void> {
    return this.mail.deliver(outboxIds);
  }

  async page(user: SessionUser, query: { unread?: boolean; cursor?: string; limit: number }) {
    const after = query.cursor ? await this.cursors.decode(query.cursor, ZNotificationCursor) : undefined;
    const [{ rows, hasMore }, unread] = await Promise.all([
      this.notifications.page(user, query.unread ?? false, after, query.limit),
      this.notifications.unreadCount(user),
    ]);
    const last = rows[rows.length - 1];
    const items: TNotification[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      item: row.item,
      actor: row.actor,
      summary: row.summary,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    }));
    return {
      items,
      unread,
      nextCursor:
        hasMore && last ? await this.cursors.encode({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async markRead(user: SessionUser, ids: string[] | 'all'): Promise<{ unread: number }> {
    await this.notifications.markRead(user.id, ids);
    return { unread: await this.notifications.unreadCount(user) };
  }

  async preferences(userId: string): Promise<TNotificationPreferences> {
    const stored = new Map((await this.notifications.preferences(userId)).map((row) => [row.kind, row.mode]));
    return Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, stored.get(kind) ?? 'IMMEDIATE']),
    ) as TNotificationPreferences;
  }

  async updatePreferences(
    userId: string,
    changes: Partial<TNotificationPreferences>,
  ): Promise<TNotificationPreferences> {
    await this.prisma.$transaction(async (tx) => {
      for (const [kind, mode] of Object.entries(changes)) {
        if (mode) await this.notifications.setPreference(userId, kind as TNotificationKind, mode, tx);
      }
    });
    return this.preferences(userId);
  }

  /** Sends each recipient one email with everything waiting for their digest before `until`. */
  async sendDigests(until: Date = new Date()): Promise<number> {
    const outboxIds = await this.prisma.$transaction(async (tx) => {
      const pending = await this.notifications.pendingDigest(until, tx);
      const byUser = new Map<string, typeof pending>();
      for (const row of pending) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
      const ids: string[] = [];
      for (const rows of byUser.values()) {
        const lines = rows.map((row) => ({
          kind: row.kind,
          reference: row.reference,
          title: row.title,
          actor: row.actor,
        }));
        ids.push(
          await this.mail.enqueue(digestEmail(rows[0].email, rows[0].language, lines, this.config.PUBLIC_URL), tx),
        );
      }
      await this.notifications.markDigested(
        pending.map((row) => row.id),
        tx,
      );
      return ids;
    });
    await this.mail.deliver(outboxIds);
    return outboxIds.length;
  }
}

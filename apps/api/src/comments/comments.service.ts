import { Injectable } from '@nestjs/common';
import type { TComment, TCreateComment } from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import { isStaff, type SessionUser } from '../auth/session-user';
import { PrismaService } from '../database/prisma.service';
import { DomainError, NotFound } from '../http/problems';
import { ItemsRepository } from '../items/items.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { CommentsRepository, type CommentRow } from './comments.repository';

/** How long an author may still change or remove their comment. */
export const EDIT_WINDOW_MS = 15 * 60_000;

const withinWindow = (createdAt: Date) => Date.now() - createdAt.getTime() < EDIT_WINDOW_MS;

function toComment(row: CommentRow, user: SessionUser): TComment {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    body: deleted ? '' : row.body,
    internal: row.internal,
    author: { id: row.author.id, displayName: row.author.displayName, organisation: row.author.organisation.name },
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
    editable: !deleted && row.author.id === user.id && withinWindow(row.createdAt),
  };
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly comments: CommentsRepository,
    private readonly items: ItemsRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Internal notes are the Secretariat's: others are refused before the item is even looked up. */
  private assertMaySeeNotes(internal: boolean, user: SessionUser) {
    if (internal && !isStaff(user)) throw new DomainError('INTERNAL_NOTES_STAFF_ONLY');
  }

  private async item(
    reference: string,
    user: SessionUser,
    client = this.prisma as Parameters<ItemsRepository['findVisibleId']>[2],
  ) {
    const item = await this.items.findVisibleId(reference, user, client);
    if (!item) throw new NotFound('item', reference);
    return item;
  }

  async list(user: SessionUser, reference: string, internal: boolean): Promise<TComment[]> {
    this.assertMaySeeNotes(internal, user);
    const item = await this.item(reference, user);
    return (await this.comments.list(item.id, internal)).map((row) => toComment(row, user));
  }

  async create(user: SessionUser, reference: string, input: TCreateComment, requestId: string): Promise<TComment> {
    this.assertMaySeeNotes(input.internal, user);
    const { comment, outboxIds } = await this.prisma.$transaction(async (tx) => {
      const item = await this.item(reference, user, tx);
      const created = await this.comments.create(
        { itemId: item.id, authorId: user.id, body: input.body, internal: input.internal },
        tx,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: input.internal ? 'item.noted' : 'item.commented',
          entityType: 'item',
          entityId: reference,
          summary: `${input.internal ? 'Internal note' : 'Comment'} on ${reference}`,
          requestId,
        },
        tx,
      );
      // An internal note must never reach the author's inbox.
      const outbox = input.internal
        ? []
        : await this.notifications.notify(
            {
              kind: 'COMMENTED',
              item: { id: item.id, reference, title: item.title },
              actor: user,
              recipientIds: [item.authorId],
              comment: input.body,
            },
            tx,
          );
      return { comment: created, outboxIds: outbox };
    });
    await this.notifications.deliver(outboxIds);
    return toComment(comment, user);
  }

  async edit(
    user: SessionUser,
    reference: string,
    id: string,
    body: string | null,
    requestId: string,
  ): Promise<TComment> {
    const row = await this.prisma.$transaction(async (tx) => {
      const item = await this.item(reference, user, tx);
      const comment = await this.comments.find(item.id, id, tx);
      if (!comment || (comment.internal && !isStaff(user))) throw new NotFound('comment');
      if (comment.deletedAt) throw new DomainError('COMMENT_DELETED');
      if (comment.authorId !== user.id) throw new DomainError('COMMENT_AUTHOR_ONLY');
      if (!withinWindow(comment.createdAt))
        throw new DomainError('COMMENT_EDIT_WINDOW_CLOSED', { minutes: EDIT_WINDOW_MS / 60_000 });
      const now = new Date();
      const updated = await this.comments.update(
        id,
        body === null ? { body: '', deletedAt: now } : { body, editedAt: now },
        tx,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: body === null ? 'comment.deleted' : 'comment.edited',
          entityType: 'comment',
          entityId: id,
          summary: `On ${reference}`,
          requestId,
        },
        tx,
      );
      return updated;
    });
    return toComment(row, user);
  }
}

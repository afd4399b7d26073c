import { Injectable } from '@nestjs/common';
import {
  TRANSITIONS,
  type TItemEvent,
  type TNotificationKind,
  type TReviewer,
  type TTransitionRequest,
  type TWorkflowAction,
} from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type TransactionClient } from '../database/prisma.service';
import { DomainError, fieldIssue, NotFound, ValidationFailed } from '../http/problems';
import { ItemsService } from '../items/items.service';
import { ItemsRepository } from '../items/items.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { ReportRepository } from '../report/report.repository';
import { allowedActions, mayTake } from './allowed-actions';
import { WorkflowRepository, type EventRow } from './workflow.repository';

export const toEvent = (row: EventRow): TItemEvent => ({
  id: row.id.toString(),
  action: row.action,
  from: row.fromStatus,
  to: row.toStatus,
  comment: row.comment,
  actor: row.actor,
  reviewer: row.reviewer,
  createdAt: row.createdAt.toISOString(),
});

/** Who hears of each action (besides nobody hearing of their own). */
const NOTICE: Partial<Record<TWorkflowAction, { kind: TNotificationKind; to: 'secretariat' | 'author' }>> = {
  submit: { kind: 'SUBMITTED', to: 'secretariat' },
  resubmit: { kind: 'RESUBMITTED', to: 'secretariat' },
  assign: { kind: 'ASSIGNED', to: 'author' },
  request_changes: { kind: 'CHANGES_REQUESTED', to: 'author' },
  accept: { kind: 'ACCEPTED', to: 'author' },
  reject: { kind: 'REJECTED', to: 'author' },
};

@Injectable()
export class WorkflowService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workflow: WorkflowRepository,
    private readonly items: ItemsService,
    private readonly itemsRepository: ItemsRepository,
    private readonly notifications: NotificationsService,
    private readonly report: ReportRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * One transition of SPEC §3: status, event, audit entry, duplicate link and notifications
   * commit together or not at all.
   */
  async transition(user: SessionUser, reference: string, request: TTransitionRequest, requestId: string) {
    const { result, outboxIds } = await this.prisma.$transaction((tx) =>
      this.transitionWithin(user, reference, request, requestId, tx),
    );
    await this.notifications.deliver(outboxIds);
    return result;
  }

  /**
   * A transition inside the caller's transaction (an import submits its items this way), with
   * the outbox ids of its emails: deliver them once the transaction has committed.
   */
  async transitionWithin(
    user: SessionUser,
    reference: string,
    request: TTransitionRequest,
    requestId: string,
    tx: TransactionClient,
  ) {
    const rule = TRANSITIONS[request.action];
    const item = await this.itemsRepository.findVisibleId(reference, user, tx);
    if (!item) throw new NotFound('item', reference);
    if (!mayTake(request.action, item, user)) {
      throw rule.by === 'author'
        ? new DomainError('AUTHOR_ONLY', { reference, action: request.action as 'submit' | 'resubmit' | 'withdraw' })
        : new DomainError('SECRETARIAT_ONLY', { reference, action: request.action });
    }
    if (!rule.from.includes(item.status)) throw this.illegal(reference, request.action, item, user);
    if (request.action === 'reopen' && (await this.report.isTracedInPublishedEdition(item.id, tx))) {
      throw new DomainError('TRACED_IN_PUBLISHED_EDITION', {
        reference,
        currentStatus: item.status,
        allowedActions: [],
      });
    }
    const reviewerId = request.action === 'assign' ? await this.reviewer(request.reviewerId ?? user.id, tx) : undefined;
    const survivor = request.duplicateOf ? await this.survivor(reference, request.duplicateOf, user, tx) : undefined;

    const moved = await this.workflow.changeStatus(
      {
        itemId: item.id,
        from: item.status,
        to: rule.to,
        reviewerId,
        submitted: request.action === 'submit' || request.action === 'resubmit',
        decided: request.action === 'accept' || request.action === 'reject',
        reopened: request.action === 'reopen',
      },
      tx,
    );
    if (!moved) {
      const now = await this.workflow.currentState(item.id, tx);
      throw this.illegal(reference, request.action, { ...item, status: now?.status ?? item.status }, user);
    }
    const event = await this.workflow.createEvent(
      {
        itemId: item.id,
        action: request.action,
        from: item.status,
        to: rule.to,
        comment: request.comment ?? null,
        actorId: user.id,
        reviewerId: reviewerId ?? null,
      },
      tx,
    );
    if (survivor) await this.itemsRepository.createLink(item.id, survivor, 'DUPLICATES', user.id, tx);
    await this.audit.record(
      {
        actorId: user.id,
        action: `item.${request.action}`,
        entityType: 'item',
        entityId: reference,
        summary: `${reference}: ${item.status} → ${rule.to}${request.duplicateOf ? ` (duplicate of ${request.duplicateOf})` : ''}`,
        requestId,
      },
      tx,
    );
    const notice = NOTICE[request.action];
    const recipients = !notice
      ? []
      : notice.to === 'author'
        ? [item.authorId, ...(reviewerId && request.action === 'assign' ? [reviewerId] : [])]
        : await this.notifications.secretariatIds(tx);
    const outbox = notice
      ? await this.notifications.notify(
          {
            kind: notice.kind,
            item: { id: item.id, reference, title: item.title },
            actor: user,
            recipientIds: recipients,
            comment: request.comment,
          },
          tx,
        )
      : [];
    const state = await this.workflow.currentState(item.id, tx);
    return {
      result: { reference, status: rule.to, version: state?.version ?? item.version + 1, event: toEvent(event) },
      outboxIds: outbox,
    };
  }

  async events(user: SessionUser, reference: string): Promise<TItemEvent[]> {
    const item = await this.items.requireVisible(reference, user);
    return (await this.workflow.events(item.id)).map(toEvent);
  }

  /** Whom the assign action accepts as reviewer, by name. */
  reviewers(): Promise<TReviewer[]> {
    return this.workflow.reviewers();
  }

  /** 409 naming the status found and what the caller may do from it. */
  private illegal(
    reference: string,
    action: TWorkflowAction,
    item: { status: TItemEvent['from']; authorId: string },
    user: SessionUser,
  ) {
    return new DomainError('TRANSITION_NOT_ALLOWED', {
      reference,
      action,
      currentStatus: item.status,
      allowedActions: allowedActions(item, user),
    });
  }

  private async reviewer(userId: string, tx: Parameters<WorkflowRepository['activeReviewer']>[1]): Promise<string> {
    const reviewer = await this.workflow.activeReviewer(userId, tx);
    if (!reviewer) throw new ValidationFailed([fieldIssue('reviewerId', 'REVIEWER_NOT_SECRETARIAT')]);
    return reviewer.id;
  }

  private async survivor(
    reference: string,
    survivorReference: string,
    user: SessionUser,
    tx: Parameters<ItemsRepository['findVisibleId']>[2],
  ): Promise<string> {
    const survivor = await this.itemsRepository.findVisibleId(survivorReference, user, tx);
    if (!survivor || survivorReference === reference) {
      throw new ValidationFailed([fieldIssue('duplicateOf', 'NOT_ANOTHER_ITEM', { reference: survivorReference })]);
    }
    return survivor.id;
  }
}

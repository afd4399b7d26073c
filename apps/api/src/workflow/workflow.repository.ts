import { Injectable } from '@nestjs/common';
import type { TItemStatus, TWorkflowAction } from '@srt/contracts';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';

const EVENT_SELECT = {
  id: true,
  action: true,
  fromStatus: true,
  toStatus: true,
  comment: true,
  createdAt: true,
  actor: { select: { id: true, displayName: true } },
  reviewer: { select: { id: true, displayName: true } },
} as const;

/** Who may review items (SPEC §2: the Secretariat; administrators may do everything). */
const REVIEWERS = { active: true, role: { in: ['SECRETARIAT' as const, 'ADMIN' as const] } };

export interface StatusChange {
  itemId: string;
  from: TItemStatus;
  to: TItemStatus;
  reviewerId?: string;
  submitted?: boolean;
  decided?: boolean;
  reopened?: boolean;
}

@Injectable()
export class WorkflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Moves the item only if it is still in `from`: of two concurrent transitions the second
   * waits for the first's row lock, then finds the status changed and updates nothing.
   */
  async changeStatus(change: StatusChange, client: DatabaseClient): Promise<boolean> {
    const now = new Date();
    const updated = await client.item.updateMany({
      where: { id: change.itemId, status: change.from },
      data: {
        status: change.to,
        statusChangedAt: now,
        updatedAt: now,
        version: { increment: 1 },
        ...(change.reviewerId ? { reviewerId: change.reviewerId } : {}),
        ...(change.submitted ? { submittedAt: now } : {}),
        ...(change.decided ? { decidedAt: now } : {}),
        ...(change.reopened ? { decidedAt: null } : {}),
      },
    });
    return updated.count === 1;
  }

  currentState(itemId: string, client: DatabaseClient) {
    return client.item.findUnique({ where: { id: itemId }, select: { status: true, version: true, authorId: true } });
  }

  createEvent(
    data: {
      itemId: string;
      action: TWorkflowAction;
      from: TItemStatus;
      to: TItemStatus;
      comment: string | null;
      actorId: string;
      reviewerId: string | null;
    },
    client: DatabaseClient,
  ) {
    return client.itemEvent.create({
      data: {
        itemId: data.itemId,
        action: data.action,
        fromStatus: data.from,
        toStatus: data.to,
        comment: data.comment,
        actorId: data.actorId,
        reviewerId: data.reviewerId,
      },
      select: EVENT_SELECT,
    });
  }

  events(itemId: string) {
    return this.prisma.itemEvent.findMany({
      where: { itemId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: EVENT_SELECT,
    });
  }

  activeReviewer(userId: string, client: DatabaseClient) {
    return client.user.findFirst({ where: { id: userId, ...REVIEWERS }, select: { id: true } });
  }

  reviewers() {
    return this.prisma.user.findMany({
      where: REVIEWERS,
      select: { id: true, displayName: true },
      orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    });
  }
}

export type EventRow = Awaited<ReturnType<WorkflowRepository['events']>>[number];

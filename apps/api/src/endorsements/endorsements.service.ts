import { Injectable } from '@nestjs/common';
import type { TEndorsements } from '@srt/contracts';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { DomainError, NotFound } from '../http/problems';
import { ItemsRepository } from '../items/items.repository';
import { EndorsementsRepository } from './endorsements.repository';

const NOT_ENDORSABLE = ['DRAFT', 'WITHDRAWN', 'REJECTED'];

/** One endorsement per organisation per item, given by one of its members. */
@Injectable()
export class EndorsementsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly endorsements: EndorsementsRepository,
    private readonly items: ItemsRepository,
    private readonly audit: AuditService,
  ) {}

  private async item(reference: string, user: SessionUser, client: DatabaseClient) {
    const item = await this.items.findVisibleId(reference, user, client);
    if (!item) throw new NotFound('item', reference);
    return item;
  }

  private async summary(itemId: string, user: SessionUser, client: DatabaseClient): Promise<TEndorsements> {
    const rows = await this.endorsements.ofItem(itemId, client);
    return {
      count: rows.length,
      organisations: rows.map((row) => ({ ...row.organisation, endorsedAt: row.createdAt.toISOString() })),
      endorsedByMine: rows.some((row) => row.organisation.id === user.organisationId),
    };
  }

  async get(user: SessionUser, reference: string): Promise<TEndorsements> {
    const item = await this.item(reference, user, this.prisma);
    return this.summary(item.id, user, this.prisma);
  }

  endorse(user: SessionUser, reference: string, requestId: string): Promise<TEndorsements> {
    return this.prisma.$transaction(async (tx) => {
      const item = await this.item(reference, user, tx);
      if (NOT_ENDORSABLE.includes(item.status))
        throw new DomainError('NOT_ENDORSABLE', { reference, currentStatus: item.status });
      const created = await this.endorsements.create(
        { itemId: item.id, organisationId: user.organisationId, userId: user.id },
        tx,
      );
      if (!created) throw new DomainError('ALREADY_ENDORSED');
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.endorsed',
          entityType: 'item',
          entityId: reference,
          summary: `${reference} endorsed on behalf of the organisation`,
          requestId,
        },
        tx,
      );
      return this.summary(item.id, user, tx);
    });
  }

  async withdraw(user: SessionUser, reference: string, requestId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const item = await this.item(reference, user, tx);
      const removed = await this.endorsements.delete(item.id, user.organisationId, tx);
      if (!removed) throw new NotFound('endorsement');
      await this.audit.record(
        {
          actorId: user.id,
          action: 'item.endorsement_withdrawn',
          entityType: 'item',
          entityId: reference,
          summary: `Endorsement of ${reference} withdrawn`,
          requestId,
        },
        tx,
      );
    });
  }
}

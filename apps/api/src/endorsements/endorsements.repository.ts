import { Injectable } from '@nestjs/common';
import type { DatabaseClient, TransactionClient } from '../database/prisma.service';

@Injectable()
export class EndorsementsRepository {
  /** The item's endorsements, first given first. */
  ofItem(itemId: string, client: DatabaseClient) {
    return client.endorsement.findMany({
      where: { itemId },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, organisation: { select: { id: true, name: true } } },
    });
  }

  /** False when the organisation had already endorsed the item. */
  async create(data: { itemId: string; organisationId: string; userId: string }, tx: TransactionClient) {
    const created = await tx.endorsement.createMany({ data: [data], skipDuplicates: true });
    return created.count === 1;
  }

  /** False when the organisation had not endorsed the item. */
  async delete(itemId: string, organisationId: string, tx: TransactionClient) {
    const removed = await tx.endorsement.deleteMany({ where: { itemId, organisationId } });
    return removed.count > 0;
  }
}

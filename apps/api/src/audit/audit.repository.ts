import { Injectable } from '@nestjs/common';
import type { TAuditQuery } from '@srt/contracts';
import { PrismaService, type DatabaseClient } from '../database/prisma.service';
import { sqlExecute } from '../database/sql';
import { Prisma } from '../generated/prisma/client';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  summary: string;
  requestId?: string | null;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every mutation appends one entry, so this is a plain INSERT rather than a compiled ORM query. */
  async append(record: AuditRecord, client: DatabaseClient = this.prisma): Promise<void> {
    await sqlExecute(
      client,
      Prisma.sql`
      INSERT INTO audit_log (actor_id, action, entity_type, entity_id, summary, request_id)
      VALUES (${record.actorId}::uuid, ${record.action}, ${record.entityType}, ${record.entityId ?? null}, ${record.summary}, ${record.requestId ?? null})`,
    );
  }

  /** Newest first, keyset-paged on (created_at, id). */
  async page(query: TAuditQuery, after: { createdAt: string; id: string } | undefined) {
    const rows = await this.prisma.auditLog.findMany({
      where: {
        ...(query.actor ? { actorId: query.actor } : {}),
        ...(query.action ? { action: query.action } : {}),
        createdAt: {
          ...(query.from ? { gte: new Date(query.from) } : {}),
          ...(query.to ? { lte: new Date(query.to) } : {}),
        },
        ...(after
          ? {
              OR: [
                { createdAt: { lt: new Date(after.createdAt) } },
                { createdAt: new Date(after.createdAt), id: { lt: BigInt(after.id) } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const hasMore = rows.length > query.limit;
    const items = rows.slice(0, query.limit);
    const actorIds = [...new Set(items.map((row) => row.actorId).filter((id): id is string => id !== null))];
    const actors = await this.prisma.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, email: true, displayName: true },
    });
    return { items, hasMore, actors: new Map(actors.map((actor) => [actor.id, actor])) };
  }
}

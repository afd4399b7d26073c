import { Injectable } from '@nestjs/common';
import type { TAuditEntry, TAuditQuery } from '@srt/contracts';
import type { DatabaseClient } from '../database/prisma.service';
import { AuditRepository, type AuditRecord } from './audit.repository';

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Pass the mutation's transaction so the entry and the change commit together. */
  record(record: AuditRecord, client?: DatabaseClient): Promise<void> {
    return this.audit.append(record, client);
  }

  async page(query: TAuditQuery): Promise<{ items: TAuditEntry[]; nextCursor: string | null }> {
    const { items, actors, nextCursor } = await this.audit.page(query);
    return {
      nextCursor,
      items: items.map((row) => ({
        id: row.id.toString(),
        actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        summary: row.summary,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }
}

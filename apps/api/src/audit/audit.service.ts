import { Injectable } from '@nestjs/common';
import { ZIsoDateTime, type TAuditEntry, type TAuditQuery } from '@srt/contracts';
import { z } from 'zod';
import type { DatabaseClient } from '../database/prisma.service';
import { CursorSigner } from '../http/cursor';
import { AuditRepository, type AuditRecord } from './audit.repository';

/** Where a page of the log ended: the last entry's date and id (a bigint, as digits). */
const ZAuditCursor = z.object({ createdAt: ZIsoDateTime, id: z.string().regex(/^\d{1,18}$/) });

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly cursors: CursorSigner,
  ) {}

  /** Pass the mutation's transaction so the entry and the change commit together. */
  record(record: AuditRecord, client?: DatabaseClient): Promise<void> {
    return this.audit.append(record, client);
  }

  async page(query: TAuditQuery): Promise<{ items: TAuditEntry[]; nextCursor: string | null }> {
    const after = query.cursor ? await this.cursors.decode(query.cursor, ZAuditCursor) : undefined;
    const { items, actors, hasMore } = await this.audit.page(query, after);
    const last = items[items.length - 1];
    return {
      nextCursor:
        hasMore && last
          ? await this.cursors.encode({ createdAt: last.createdAt.toISOString(), id: last.id.toString() })
          : null,
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

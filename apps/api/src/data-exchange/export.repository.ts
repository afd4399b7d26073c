import { Injectable } from '@nestjs/common';
import type { TItemFilters } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { isoTimestamp } from '../database/iso-timestamp';
import { PrismaService } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { ItemSearchRepository } from '../items/item-search.repository';
import type { ItemRecord } from './item-columns';
import { KIND_EXPORT_COLUMNS, KIND_EXPORT_JOINS } from './kind-cells';

export type ExportRow = ItemRecord & { id: string; cursor_created: string };

@Injectable()
export class ExportRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly search: ItemSearchRepository,
  ) {}

  /** One batch of export rows after the given boundary, oldest first (keyset: constant memory for any size). */
  batch(user: SessionUser, filters: TItemFilters, after: { created: string; id: string } | undefined, size: number) {
    return sqlRows<ExportRow>(
      this.prisma,
      Prisma.sql`
      SELECT i.id, ${isoTimestamp('i.created_at')} AS cursor_created, i.reference, i.kind::text AS kind, i.status::text AS status, i.title, i.summary, i.body,
             coalesce((SELECT string_agg(t.slug, ';' ORDER BY t.slug) FROM item_technology it JOIN technology
               t ON t.id = it.technology_id WHERE it.item_id = i.id), '') AS technologies,
             s.slug AS source, coalesce(m.title, '') AS meeting, coalesce(i.document_ref, '') AS document_ref, i.language::text AS language,
             o.name AS organisation, u.display_name AS author, coalesce(i.country, '') AS country, ${KIND_EXPORT_COLUMNS},
             ${isoTimestamp('i.created_at')} AS created_at, ${isoTimestamp('i.updated_at')} AS updated_at,
             coalesce(${isoTimestamp('i.submitted_at')}, '') AS submitted_at, coalesce(${isoTimestamp('i.decided_at')}, '') AS decided_at
        FROM item i
        JOIN source_body s ON s.id = i.source_id
        JOIN organisation o ON o.id = i.organisation_id
        JOIN app_user u ON u.id = i.author_id
        LEFT JOIN meeting m ON m.id = i.meeting_id
        ${KIND_EXPORT_JOINS}
       WHERE ${this.search.conditions(user, filters)}
         ${after ? Prisma.sql`AND (i.created_at, i.id) > (${after.created}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
       ORDER BY i.created_at, i.id
       LIMIT ${size}`,
    );
  }
}

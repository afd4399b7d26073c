import { Injectable } from '@nestjs/common';
import type { TTriageQuery } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { isoTimestamp } from '../database/iso-timestamp';
import { PrismaService } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';

export interface TriageRow {
  id: string;
  reference: string;
  kind: 'RECOMMENDATION' | 'LESSON' | 'PILOT';
  title: string;
  status: 'SUBMITTED' | 'IN_REVIEW' | 'CHANGES_REQUESTED';
  status_changed_at: string;
  author_name: string;
  organisation_name: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  technologies: { slug: string; nameEn: string; nameFr: string }[];
  likely_duplicates: number;
}

const QUEUE = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'];

@Injectable()
export class TriageRepository {
  constructor(private readonly prisma: PrismaService) {}

  private conditions(user: SessionUser, query: TTriageQuery, withStatus: boolean): Prisma.Sql {
    const parts = [
      Prisma.sql`i.status = ANY(${withStatus && query.status?.length ? query.status : QUEUE}::"ItemStatus"[])`,
    ];
    if (query.technology) {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM item_technology it JOIN technology t ON t.id = it.technology_id WHERE
          it.item_id = i.id AND t.slug = ${query.technology})`,
      );
    }
    if (query.reviewer) parts.push(Prisma.sql`i.reviewer_id = ${query.reviewer}::uuid`);
    if (query.mine) parts.push(Prisma.sql`i.reviewer_id = ${user.id}::uuid`);
    return Prisma.join(parts, ' AND ');
  }

  /** Oldest in status first: what has waited longest comes to the top. */
  page(user: SessionUser, query: TTriageQuery, after: { since: string; id: string } | undefined, limit: number) {
    return sqlRows<TriageRow>(
      this.prisma,
      Prisma.sql`
      SELECT i.id, i.reference, i.kind, i.title, i.status, ${isoTimestamp('i.status_changed_at')} AS status_changed_at,
             a.display_name AS author_name, o.name AS organisation_name, r.id AS reviewer_id, r.display_name AS reviewer_name,
             (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameEn', t.name_en, 'nameFr', t.name_fr) ORDER BY t.slug), '[]')
                FROM item_technology it JOIN technology t ON t.id = it.technology_id WHERE it.item_id = i.id) AS technologies,
             (SELECT count(*)::int FROM item d
               WHERE d.id <> i.id AND d.kind = i.kind AND d.status NOT IN ('DRAFT', 'WITHDRAWN') AND d.title % i.title) AS likely_duplicates
        FROM item i
        JOIN app_user a ON a.id = i.author_id
        JOIN organisation o ON o.id = i.organisation_id
        LEFT JOIN app_user r ON r.id = i.reviewer_id
       WHERE ${this.conditions(user, query, true)}
         ${after ? Prisma.sql`AND (i.status_changed_at, i.id) > (${new Date(after.since)}, ${after.id}::uuid)` : Prisma.empty}
       ORDER BY i.status_changed_at, i.id
       LIMIT ${limit}`,
    );
  }

  counts(user: SessionUser, query: TTriageQuery) {
    return sqlRows<{ status: string; count: number }>(
      this.prisma,
      Prisma.sql`
      SELECT i.status::text AS status, count(*)::int AS count FROM item i WHERE ${this.conditions(user, query, false)} GROUP BY i.status`,
    );
  }
}

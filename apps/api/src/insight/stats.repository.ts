import { Injectable } from '@nestjs/common';
import type { TItemFilters, TStats } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService } from '../database/prisma.service';
import { ItemSearchRepository } from '../items/item-search.repository';

@Injectable()
export class StatsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly search: ItemSearchRepository,
  ) {}

  /** Every figure in one statement over the filtered, visible items (the same filters as /items). */
  async stats(user: SessionUser, filters: TItemFilters): Promise<TStats> {
    const [row] = await this.prisma.$queryRaw<{ stats: TStats }[]>`
      WITH f AS (
        SELECT i.id, i.kind, i.status, i.source_id, i.submitted_at, i.decided_at, i.country, i.stage, i.technology_ids
          FROM item i WHERE ${this.search.conditions(user, filters)}
      )
      SELECT json_build_object(
        'total', (SELECT count(*) FROM f),
        'byTechnologyKindStatus', (SELECT coalesce(json_agg(x ORDER BY x.technology, x.kind, x.status), '[]') FROM (
            SELECT t.slug AS technology, f.kind, f.status, count(*)::int AS count
              FROM f CROSS JOIN unnest(f.technology_ids) AS tagged(id) JOIN technology t ON t.id = tagged.id
             GROUP BY t.slug, f.kind, f.status) x),
        'bySource', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.source), '[]') FROM (
            SELECT s.slug AS source, count(*)::int AS count FROM f JOIN source_body s ON s.id = f.source_id GROUP BY s.slug) x),
        'submittedPerMonth', (SELECT coalesce(json_agg(x ORDER BY x.month), '[]') FROM (
            SELECT to_char(f.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS count
              FROM f WHERE f.submitted_at IS NOT NULL GROUP BY 1) x),
        'acceptedPerMonth', (SELECT coalesce(json_agg(x ORDER BY x.month), '[]') FROM (
            SELECT to_char(f.decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS count
              FROM f WHERE f.status = 'ACCEPTED' AND f.decided_at IS NOT NULL GROUP BY 1) x),
        'pilotsByCountry', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.country, x.stage), '[]') FROM (
            SELECT f.country, f.stage, count(*)::int AS count FROM f WHERE f.kind = 'PILOT' AND f.country IS NOT NULL AND f.stage IS NOT NULL GROUP BY f.country, f.stage) x),
        'cooccurrence', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.a, x.b), '[]') FROM (
            SELECT ta.slug AS a, tb.slug AS b, count(*)::int AS count
              FROM f
              CROSS JOIN unnest(f.technology_ids) AS a(id) JOIN technology ta ON ta.id = a.id
              CROSS JOIN unnest(f.technology_ids) AS b(id) JOIN technology tb ON tb.id = b.id
             WHERE ta.slug < tb.slug
             GROUP BY ta.slug, tb.slug) x)
      ) AS stats`;
    return { ...row.stats, total: Number(row.stats.total) };
  }
}

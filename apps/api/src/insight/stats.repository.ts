import { Injectable } from '@nestjs/common';
import type { TItemFilters, TStats } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { ItemSearchRepository } from '../items/item-search.repository';
import { talliesCanAnswer } from '../items/item-tally.repository';
import { visibilityParts } from '../items/item-visibility';

/**
 * The rows each figure sums, whether they come from items (a row of one per item) or from the
 * tallies (a row per key with its count):
 *   sets    (technology_ids, kind, status, items)
 *   sources (source_id, items)
 *   months  (month, submitted, accepted)
 *   pilots  (country, stage, items)
 */
interface FigureRows {
  sets: Prisma.Sql;
  sources: Prisma.Sql;
  months: Prisma.Sql;
  pilots: Prisma.Sql;
}

/** The month and pilot tallies have no source body and count per single technology. */
export function statsTalliesCanAnswer(filters: TItemFilters): boolean {
  return talliesCanAnswer(filters) && !filters.source?.length;
}

const ITEM_COLUMNS = Prisma.sql`i.technology_ids, i.kind, i.status, i.source_id, i.submitted_at, i.decided_at, i.country, i.stage`;

function itemRows(items: Prisma.Sql): FigureRows {
  return {
    sets: Prisma.sql`SELECT technology_ids, kind, status, 1 AS items FROM ${items}`,
    sources: Prisma.sql`SELECT source_id, 1 AS items FROM ${items}`,
    months: Prisma.sql`
      SELECT date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date AS month, 1 AS submitted, 0 AS accepted FROM ${items} WHERE submitted_at IS NOT NULL
      UNION ALL
      SELECT date_trunc('month', decided_at AT TIME ZONE 'UTC')::date, 0, 1 FROM ${items} WHERE status = 'ACCEPTED' AND decided_at IS NOT NULL`,
    pilots: Prisma.sql`SELECT country, stage, 1 AS items FROM ${items} WHERE kind = 'PILOT' AND country IS NOT NULL AND stage IS NOT NULL`,
  };
}

@Injectable()
export class StatsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly search: ItemSearchRepository,
  ) {}

  /** Item by item: any filters, at the cost of reading every matching item. */
  counted(user: SessionUser, filters: TItemFilters): Promise<TStats> {
    const items = Prisma.sql`SELECT ${ITEM_COLUMNS} FROM item i WHERE ${this.search.conditions(user, filters)}`;
    return this.figures(items, itemRows(Prisma.sql`filtered`));
  }

  /** From the tallies, plus the caller's own items that only they see, counted live. */
  tallied(user: SessionUser, filters: TItemFilters): Promise<TStats> {
    const { shared, ownOnly } = visibilityParts(user);
    const ownItems = Prisma.sql`
      SELECT ${ITEM_COLUMNS} FROM item i
       WHERE i.author_id = ${user.id}::uuid AND i.status = ANY(${ownOnly}::"ItemStatus"[]) AND ${this.search.conditions(user, filters)}`;
    const own = itemRows(Prisma.sql`filtered`);
    const technology = filters.technology?.[0];
    const technologyId = Prisma.sql`(SELECT id FROM technology WHERE slug = ${technology})`;
    // Tally rows the caller may see under the status and kind filters (the pilot tally has no kind).
    const shownRows = (hasKind = true) =>
      Prisma.join(
        [
          Prisma.sql`r.status = ANY(${shared}::"ItemStatus"[])`,
          ...(filters.status?.length ? [Prisma.sql`r.status = ANY(${filters.status}::"ItemStatus"[])`] : []),
          ...(filters.kind && hasKind ? [Prisma.sql`r.kind = ${filters.kind}::"ItemKind"`] : []),
        ],
        ' AND ',
      );
    // The month and pilot tallies hold every item under a NULL technology and again under each of its technologies.
    const perTechnology = technology
      ? Prisma.sql`r.technology_id = ${technologyId}`
      : Prisma.sql`r.technology_id IS NULL`;
    return this.figures(ownItems, {
      sets: Prisma.sql`
        SELECT r.technology_ids, r.kind, r.status, r.items FROM item_technology_set_tally r
         WHERE ${shownRows()} ${technology ? Prisma.sql`AND ${technologyId} = ANY(r.technology_ids)` : Prisma.empty}
        UNION ALL ${own.sets}`,
      sources: Prisma.sql`
        ${
          technology
            ? Prisma.sql`SELECT r.source_id, r.items FROM item_technology_tally r WHERE
          r.technology_id = ${technologyId} AND`
            : Prisma.sql`SELECT r.source_id, r.items FROM item_tally r WHERE`
        } ${shownRows()}
        UNION ALL ${own.sources}`,
      months: Prisma.sql`SELECT r.month, r.submitted, r.accepted FROM item_month_tally r WHERE ${shownRows()} AND ${perTechnology} UNION ALL ${own.months}`,
      pilots: Prisma.sql`
        SELECT r.country, r.stage, r.items FROM item_pilot_tally r
         WHERE ${shownRows(false)} AND ${perTechnology} ${filters.kind && filters.kind !== 'PILOT' ? Prisma.sql`AND FALSE` : Prisma.empty}
        UNION ALL ${own.pilots}`,
    });
  }

  /** Every figure in one statement; `filtered` is the items the live rows read. */
  private async figures(filtered: Prisma.Sql, rows: FigureRows): Promise<TStats> {
    const [row] = await sqlRows<{ stats: TStats }>(
      this.prisma,
      Prisma.sql`
      WITH filtered AS (${filtered}), sets AS (${rows.sets}), sources AS (${rows.sources}), months AS (${rows.months}), pilots AS (${rows.pilots})
      SELECT json_build_object(
        'total', (SELECT coalesce(sum(items), 0) FROM sets),
        'byTechnologyKindStatus', (SELECT coalesce(json_agg(x ORDER BY x.technology, x.kind, x.status), '[]') FROM (
            SELECT t.slug AS technology, s.kind, s.status, sum(s.items)::int AS count
              FROM (SELECT technology_ids, kind, status, sum(items) AS items FROM sets GROUP BY 1, 2, 3) s
             CROSS JOIN unnest(s.technology_ids) AS tagged(id) JOIN technology t ON t.id = tagged.id
             GROUP BY t.slug, s.kind, s.status HAVING sum(s.items) > 0) x),
        'bySource', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.source), '[]') FROM (
            SELECT b.slug AS source, sum(s.items)::int AS count FROM sources s JOIN source_body b ON b.id = s.source_id
             GROUP BY b.slug HAVING sum(s.items) > 0) x),
        'submittedPerMonth', (SELECT coalesce(json_agg(x ORDER BY x.month), '[]') FROM (
            SELECT to_char(month, 'YYYY-MM') AS month, sum(submitted)::int AS count FROM months GROUP BY 1 HAVING sum(submitted) > 0) x),
        'acceptedPerMonth', (SELECT coalesce(json_agg(x ORDER BY x.month), '[]') FROM (
            SELECT to_char(month, 'YYYY-MM') AS month, sum(accepted)::int AS count FROM months GROUP BY 1 HAVING sum(accepted) > 0) x),
        'pilotsByCountry', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.country, x.stage), '[]') FROM (
            SELECT country, stage, sum(items)::int AS count FROM pilots GROUP BY country, stage HAVING sum(items) > 0) x),
        'cooccurrence', (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.a, x.b), '[]') FROM (
            SELECT ta.slug AS a, tb.slug AS b, sum(s.items)::int AS count
              FROM (SELECT technology_ids, sum(items) AS items FROM sets GROUP BY 1) s
              CROSS JOIN unnest(s.technology_ids) AS a(id) JOIN technology ta ON ta.id = a.id
              CROSS JOIN unnest(s.technology_ids) AS b(id) JOIN technology tb ON tb.id = b.id
             WHERE ta.slug < tb.slug
             GROUP BY ta.slug, tb.slug HAVING sum(s.items) > 0) x)
      ) AS stats`,
    );
    return { ...row.stats, total: Number(row.stats.total) };
  }
}

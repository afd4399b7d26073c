import { Injectable } from '@nestjs/common';
import type { TItemFacets, TItemFilters } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService } from '../database/prisma.service';
import { sqlExecute, sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import type { FacetDimension } from './item-search.repository';
import { visibilityParts } from './item-visibility';

/**
 * The tallies count items per kind, status, source body and technology, so they answer exactly
 * for filters on those dimensions with at most one technology (with two, an item tagged with
 * both would count twice). Anything else is counted item by item.
 */
export function talliesCanAnswer(filters: TItemFilters): boolean {
  const { kind: _kind, status: _status, source: _source, technology, mine, ...others } = filters;
  return (technology?.length ?? 0) <= 1 && !mine && Object.values(others).every((value) => value === undefined);
}

@Injectable()
export class ItemTallyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Facet counts from the tallies in one statement; only for filters `talliesCanAnswer` accepts. */
  async facets(user: SessionUser, filters: TItemFilters): Promise<TItemFacets> {
    const { shared, ownOnly } = visibilityParts(user);
    const technology = filters.technology?.[0];
    const where = (except?: FacetDimension) => {
      const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
      if (filters.kind && except !== 'kind') parts.push(Prisma.sql`r.kind = ${filters.kind}::"ItemKind"`);
      if (filters.status?.length && except !== 'status')
        parts.push(Prisma.sql`r.status = ANY(${filters.status}::"ItemStatus"[])`);
      if (filters.source?.length && except !== 'source') {
        parts.push(Prisma.sql`r.source_id IN (SELECT id FROM source_body WHERE slug = ANY(${filters.source}::text[]))`);
      }
      return Prisma.join(parts, ' AND ');
    };
    // Items under the technology filter are its rows of the per-technology tally.
    const counted = technology
      ? Prisma.sql`(SELECT kind, status, source_id, items FROM technology_rows WHERE technology_id = (SELECT id FROM technology WHERE slug = ${technology}))`
      : Prisma.sql`item_rows`;
    const facet = (value: Prisma.Sql, from: Prisma.Sql, except: FacetDimension) => Prisma.sql`
      (SELECT coalesce(json_agg(json_build_object('value', value, 'count', count)), '[]') FROM (
         SELECT ${value} AS value, sum(r.items) AS count FROM ${from} WHERE ${where(except)} GROUP BY 1 HAVING sum(r.items) > 0) x)`;
    const [row] = await sqlRows<{ facets: TItemFacets }>(
      this.prisma,
      Prisma.sql`
      WITH technology_rows AS (
             SELECT technology_id, kind, status, source_id, items FROM item_technology_tally WHERE status = ANY(${shared}::"ItemStatus"[])
             UNION ALL
             SELECT tagged.id, i.kind, i.status, i.source_id, 1 FROM item i CROSS JOIN unnest(i.technology_ids) AS tagged(id)
              WHERE i.author_id = ${user.id}::uuid AND i.status = ANY(${ownOnly}::"ItemStatus"[])),
           item_rows AS (
             SELECT kind, status, source_id, items FROM item_tally WHERE status = ANY(${shared}::"ItemStatus"[])
             UNION ALL
             SELECT i.kind, i.status, i.source_id, 1 FROM item i WHERE i.author_id = ${user.id}::uuid AND i.status = ANY(${ownOnly}::"ItemStatus"[]))
      SELECT json_build_object(
        'total', (SELECT coalesce(sum(r.items), 0) FROM ${counted} r WHERE ${where()}),
        'technology', ${facet(Prisma.sql`t.slug`, Prisma.sql`technology_rows r JOIN technology t ON t.id = r.technology_id`, 'technology')},
        'kind', ${facet(Prisma.sql`r.kind::text`, Prisma.sql`${counted} r`, 'kind')},
        'status', ${facet(Prisma.sql`r.status::text`, Prisma.sql`${counted} r`, 'status')},
        'source', ${facet(Prisma.sql`s.slug`, Prisma.sql`${counted} r JOIN source_body s ON s.id = r.source_id`, 'source')}
      ) AS facets`,
    );
    return row.facets;
  }

  /** Folds the appended deltas into one row per key (see the migration that adds the tallies). */
  async compact(): Promise<void> {
    await sqlExecute(this.prisma, Prisma.sql`SELECT compact_item_tallies()`);
  }
}

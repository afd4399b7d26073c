import { Injectable } from '@nestjs/common';
import type { TItemFilters, TItemKind, TItemStatus, TLanguage } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { isoTimestamp } from '../database/iso-timestamp';
import { PrismaService } from '../database/prisma.service';
import { sqlRows } from '../database/sql';
import { Prisma } from '../generated/prisma/client';
import { visibilitySql } from './item-visibility';

export type ItemSort = 'updated' | 'created' | 'title' | 'relevance';
export type FacetDimension = 'technology' | 'kind' | 'status' | 'source';

/** Where the previous page ended: the sort key of its last row and its id. */
export interface PageBoundary {
  key: string;
  id: string;
}

export interface ItemSummaryRow {
  id: string;
  reference: string;
  kind: TItemKind;
  title: string;
  summary: string;
  language: TLanguage;
  status: TItemStatus;
  technologies: { slug: string; nameEn: string; nameFr: string }[];
  source_slug: string;
  source_name: string;
  organisation_name: string;
  organisation_country: string | null;
  created_at: string;
  updated_at: string;
  sort_key: string;
  snippet: string | null;
}

// Markers ts_headline puts around matches; control characters cannot occur in user text that
// matters, and the API turns them into structured parts, so no HTML ever travels.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** A query matched in both working languages: each item's vector is in its own language. */
const searchQuery = (q: string) =>
  Prisma.sql`(websearch_to_tsquery('public.english_unaccent', ${q}) || websearch_to_tsquery('public.french_unaccent', ${q}))`;

/** A search for a reference (`REC-0001`, any case) also finds that item, whatever its text says. */
const REFERENCE = /^\s*(REC|LES|PIL)-\d+\s*$/i;
const searchCondition = (q: string) =>
  REFERENCE.test(q)
    ? Prisma.sql`(i.search @@ ${searchQuery(q)} OR i.reference = ${q.trim().toUpperCase()})`
    : Prisma.sql`i.search @@ ${searchQuery(q)}`;

/** The sorts that follow one column's index; relevance is built from them (see `relevancePage`). */
type ColumnSort = Exclude<ItemSort, 'relevance'>;

const SORTS: Record<ColumnSort, { key: Prisma.Sql; direction: 'ASC' | 'DESC'; cast: Prisma.Sql }> = {
  updated: { key: Prisma.sql`i.updated_at`, direction: 'DESC', cast: Prisma.sql`::timestamptz` },
  created: { key: Prisma.sql`i.created_at`, direction: 'DESC', cast: Prisma.sql`::timestamptz` },
  // The ICU root collation sorts accented titles with their letter, whatever the database's locale.
  title: {
    key: Prisma.sql`i.title COLLATE "und-x-icu"`,
    direction: 'ASC',
    cast: Prisma.sql`::text COLLATE "und-x-icu"`,
  },
};

/** Relevance tiers: every searched word in the title, then matches in the summary or body only. */
const TITLE_TIER = '1';
const TEXT_TIER = '2';

@Injectable()
export class ItemSearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every filter of SPEC §4 as SQL conditions, visibility first; `except` leaves one out (facets). */
  conditions(user: SessionUser, filters: TItemFilters, except?: FacetDimension): Prisma.Sql {
    const parts: Prisma.Sql[] = [visibilitySql(user)];
    if (filters.kind && except !== 'kind') parts.push(Prisma.sql`i.kind = ${filters.kind}::"ItemKind"`);
    if (filters.technology?.length && except !== 'technology') {
      parts.push(
        Prisma.sql`i.technology_ids && ARRAY(SELECT id FROM technology WHERE slug = ANY(${filters.technology}::text[]))`,
      );
    }
    if (filters.source?.length && except !== 'source') {
      parts.push(Prisma.sql`i.source_id IN (SELECT id FROM source_body WHERE slug = ANY(${filters.source}::text[]))`);
    }
    if (filters.status?.length && except !== 'status') {
      // One status as an equality: only then can the planner walk item_status_updated_idx in order.
      parts.push(
        filters.status.length === 1
          ? Prisma.sql`i.status = ${filters.status[0]}::"ItemStatus"`
          : Prisma.sql`i.status = ANY(${filters.status}::"ItemStatus"[])`,
      );
    }
    if (filters.meeting) parts.push(Prisma.sql`i.meeting_id = ${filters.meeting}::uuid`);
    if (filters.organisation) parts.push(Prisma.sql`i.organisation_id = ${filters.organisation}::uuid`);
    if (filters.country) parts.push(Prisma.sql`i.country = ${filters.country}`);
    if (filters.mine) parts.push(Prisma.sql`i.author_id = ${user.id}::uuid`);
    if (filters.q) parts.push(searchCondition(filters.q));
    return Prisma.join(parts, ' AND ');
  }

  async page(
    user: SessionUser,
    filters: TItemFilters,
    sort: ItemSort,
    after: PageBoundary | undefined,
    limit: number,
  ): Promise<ItemSummaryRow[]> {
    if (sort === 'relevance') return this.relevancePage(user, filters, after, limit);
    return this.sortedPage(user, filters, sort, Prisma.empty, after, limit);
  }

  /**
   * Title matches first, then summary and body matches, each newest first. Both tiers follow the
   * updated_at index, so a search matching a tenth of a million items still reads one page of
   * rows; ranking every match by ts_rank would read all of them. The cursor carries its tier.
   */
  private async relevancePage(
    user: SessionUser,
    filters: TItemFilters,
    after: PageBoundary | undefined,
    limit: number,
  ): Promise<ItemSummaryRow[]> {
    const q = filters.q as string;
    const inTitle = Prisma.sql`AND i.title_search @@ ${searchQuery(q)}`;
    const [tier, key] = after ? [after.key.slice(0, 1), after.key.slice(2)] : [TITLE_TIER, undefined];
    const boundary = (tierOfCursor: string) =>
      after && tier === tierOfCursor ? { key: key as string, id: after.id } : undefined;
    const tagged = (rows: ItemSummaryRow[], tierOfRows: string) =>
      rows.map((row) => ({ ...row, sort_key: `${tierOfRows}:${row.sort_key}` }));
    const first =
      tier === TITLE_TIER
        ? tagged(await this.sortedPage(user, filters, 'updated', inTitle, boundary(TITLE_TIER), limit), TITLE_TIER)
        : [];
    if (first.length === limit) return first;
    const rest = await this.sortedPage(
      user,
      filters,
      'updated',
      Prisma.sql`AND NOT (i.title_search @@ ${searchQuery(q)})`,
      boundary(TEXT_TIER),
      limit - first.length,
    );
    return [...first, ...tagged(rest, TEXT_TIER)];
  }

  private sortedPage(
    user: SessionUser,
    filters: TItemFilters,
    sort: ColumnSort,
    extra: Prisma.Sql,
    after: PageBoundary | undefined,
    limit: number,
  ): Promise<ItemSummaryRow[]> {
    const { key, direction, cast } = SORTS[sort];
    const comparison = direction === 'DESC' ? Prisma.sql`<` : Prisma.sql`>`;
    const boundary = after
      ? Prisma.sql`AND (${key}, i.id) ${comparison} (${after.key}${cast}, ${after.id}::uuid)`
      : Prisma.empty;
    const order = Prisma.raw(direction);
    const snippet = filters.q
      ? Prisma.sql`ts_headline(CASE WHEN i.language = 'fr' THEN 'public.french_unaccent'::regconfig ELSE 'public.english_unaccent'::regconfig END,
          i.title || ' — ' || i.summary || ' ' || left(i.body, 3000), ${searchQuery(filters.q)},
          ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`
      : Prisma.sql`NULL`;
    // The page's ids are chosen first, from an index alone where the filters allow it, and only
    // its rows are read, joined and given snippets.
    return sqlRows<ItemSummaryRow>(
      this.prisma,
      Prisma.sql`
      SELECT i.id, i.reference, i.kind, i.title, i.summary, i.language, i.status,
             ${isoTimestamp('i.created_at')} AS created_at, ${isoTimestamp('i.updated_at')} AS updated_at,
             s.slug AS source_slug, s.name AS source_name, o.name AS organisation_name, o.country AS organisation_country,
             (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameEn', t.name_en, 'nameFr', t.name_fr) ORDER BY t.slug), '[]')
                FROM technology t WHERE t.id = ANY(i.technology_ids)) AS technologies,
             page.sort_key, ${snippet} AS snippet
        FROM (SELECT i.id, ${key} AS key, (${key})::text AS sort_key FROM item i
               WHERE ${this.conditions(user, filters)} ${extra} ${boundary}
               ORDER BY ${key} ${order}, i.id ${order}
               LIMIT ${limit}) page
        JOIN item i ON i.id = page.id
        JOIN source_body s ON s.id = i.source_id
        JOIN organisation o ON o.id = i.organisation_id
       ORDER BY page.key ${order}, page.id ${order}`,
    );
  }

  /** Counts per value of each dimension, each under every filter but its own (so other values stay choosable). */
  async facets(user: SessionUser, filters: TItemFilters) {
    const count = (query: Prisma.Sql) => sqlRows<{ value: string; count: number }>(this.prisma, query);
    const [total, technology, kind, status, source] = await Promise.all([
      sqlRows<{ count: number }>(
        this.prisma,
        Prisma.sql`SELECT count(*)::int AS count FROM item i WHERE ${this.conditions(user, filters)}`,
      ),
      count(Prisma.sql`SELECT t.slug AS value, count(*)::int AS count FROM item i
                          CROSS JOIN unnest(i.technology_ids) AS tagged(id) JOIN technology t ON t.id = tagged.id
                         WHERE ${this.conditions(user, filters, 'technology')} GROUP BY t.slug`),
      count(
        Prisma.sql`SELECT i.kind::text AS value, count(*)::int AS count FROM item i WHERE ${this.conditions(user, filters, 'kind')} GROUP BY i.kind`,
      ),
      count(
        Prisma.sql`SELECT i.status::text AS value, count(*)::int AS count FROM item i WHERE ${this.conditions(user, filters, 'status')} GROUP BY i.status`,
      ),
      count(Prisma.sql`SELECT s.slug AS value, count(*)::int AS count FROM item i JOIN source_body s ON s.id = i.source_id
                         WHERE ${this.conditions(user, filters, 'source')} GROUP BY s.slug`),
    ]);
    return { total: total[0]?.count ?? 0, technology, kind, status, source };
  }

  /** Likely duplicates: similar titles (trigrams) or shared title words (full text). */
  similar(user: SessionUser, title: string, options: { excludeId?: string; kind?: TItemKind; limit: number }) {
    const words = Prisma.sql`(replace(plainto_tsquery('public.english_unaccent', ${title})::text, '&', '|')::tsquery
                            || replace(plainto_tsquery('public.french_unaccent', ${title})::text, '&', '|')::tsquery)`;
    return sqlRows<{ reference: string; title: string; status: TItemStatus; kind: TItemKind; score: number }>(
      this.prisma,
      Prisma.sql`
      SELECT i.reference, i.title, i.status, i.kind,
             round((similarity(i.title, ${title}) + ts_rank_cd(i.search, ${words}))::numeric, 3)::float8 AS score
        FROM item i
       WHERE ${visibilitySql(user)}
         ${options.excludeId ? Prisma.sql`AND i.id <> ${options.excludeId}::uuid` : Prisma.empty}
         ${options.kind ? Prisma.sql`AND i.kind = ${options.kind}::"ItemKind"` : Prisma.empty}
         AND i.status NOT IN ('WITHDRAWN')
         AND (i.title % ${title} OR i.search @@ ${words})
       ORDER BY score DESC, i.reference
       LIMIT ${options.limit}`,
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { TItemFilters, TItemKind, TItemStatus, TLanguage } from '@srt/contracts';
import type { SessionUser } from '../auth/session-user';
import { PrismaService } from '../database/prisma.service';
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
  created_at: Date;
  updated_at: Date;
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

const rank = (q: string) => Prisma.sql`ts_rank_cd(i.search, ${searchQuery(q)})::float8`;

const SORTS: Record<ItemSort, { key: (q?: string) => Prisma.Sql; direction: 'ASC' | 'DESC' }> = {
  updated: { key: () => Prisma.sql`i.updated_at`, direction: 'DESC' },
  created: { key: () => Prisma.sql`i.created_at`, direction: 'DESC' },
  // The ICU root collation sorts accented titles with their letter, whatever the database's locale.
  title: { key: () => Prisma.sql`i.title COLLATE "und-x-icu"`, direction: 'ASC' },
  relevance: { key: (q) => rank(q as string), direction: 'DESC' },
};

/** The text form of each sort key, and how a cursor's text turns back into a value. */
const KEY_CAST: Record<ItemSort, Prisma.Sql> = {
  updated: Prisma.sql`::timestamptz`,
  created: Prisma.sql`::timestamptz`,
  title: Prisma.sql`::text COLLATE "und-x-icu"`,
  relevance: Prisma.sql`::float8`,
};

@Injectable()
export class ItemSearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every filter of SPEC §4 as SQL conditions, visibility first; `except` leaves one out (facets). */
  conditions(user: SessionUser, filters: TItemFilters, except?: FacetDimension): Prisma.Sql {
    const parts: Prisma.Sql[] = [visibilitySql(user)];
    if (filters.kind && except !== 'kind') parts.push(Prisma.sql`i.kind = ${filters.kind}::"ItemKind"`);
    if (filters.technology?.length && except !== 'technology') {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM item_technology it JOIN technology t ON t.id = it.technology_id WHERE it.item_id = i.id AND t.slug = ANY(${filters.technology}::text[]))`,
      );
    }
    if (filters.source?.length && except !== 'source') {
      parts.push(Prisma.sql`i.source_id IN (SELECT id FROM source_body WHERE slug = ANY(${filters.source}::text[]))`);
    }
    if (filters.status?.length && except !== 'status') parts.push(Prisma.sql`i.status = ANY(${filters.status}::"ItemStatus"[])`);
    if (filters.meeting) parts.push(Prisma.sql`i.meeting_id = ${filters.meeting}::uuid`);
    if (filters.organisation) parts.push(Prisma.sql`i.organisation_id = ${filters.organisation}::uuid`);
    if (filters.country) parts.push(Prisma.sql`i.country = ${filters.country}`);
    if (filters.mine) parts.push(Prisma.sql`i.author_id = ${user.id}::uuid`);
    if (filters.q) parts.push(Prisma.sql`i.search @@ ${searchQuery(filters.q)}`);
    return Prisma.join(parts, ' AND ');
  }

  async page(user: SessionUser, filters: TItemFilters, sort: ItemSort, after: PageBoundary | undefined, limit: number): Promise<ItemSummaryRow[]> {
    const { key, direction } = SORTS[sort];
    const sortKey = key(filters.q);
    const comparison = direction === 'DESC' ? Prisma.sql`<` : Prisma.sql`>`;
    const boundary = after ? Prisma.sql`AND (${sortKey}, i.id) ${comparison} (${after.key}${KEY_CAST[sort]}, ${after.id}::uuid)` : Prisma.empty;
    const order = Prisma.raw(direction);
    const snippet = filters.q
      ? Prisma.sql`ts_headline(CASE WHEN i.language = 'fr' THEN 'public.french_unaccent'::regconfig ELSE 'public.english_unaccent'::regconfig END,
          i.title || ' — ' || i.summary || ' ' || left(i.body, 3000), ${searchQuery(filters.q)},
          ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`
      : Prisma.sql`NULL`;
    return this.prisma.$queryRaw<ItemSummaryRow[]>`
      SELECT i.id, i.reference, i.kind, i.title, i.summary, i.language, i.status, i.created_at, i.updated_at,
             s.slug AS source_slug, s.name AS source_name, o.name AS organisation_name, o.country AS organisation_country,
             (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameEn', t.name_en, 'nameFr', t.name_fr) ORDER BY t.slug), '[]')
                FROM item_technology it JOIN technology t ON t.id = it.technology_id WHERE it.item_id = i.id) AS technologies,
             (${sortKey})::text AS sort_key,
             ${snippet} AS snippet
        FROM item i
        JOIN source_body s ON s.id = i.source_id
        JOIN organisation o ON o.id = i.organisation_id
       WHERE ${this.conditions(user, filters)} ${boundary}
       ORDER BY ${sortKey} ${order}, i.id ${order}
       LIMIT ${limit}`;
  }

  /** Counts per value of each dimension, each under every filter but its own (so other values stay choosable). */
  async facets(user: SessionUser, filters: TItemFilters) {
    const count = <T extends { value: string; count: bigint }>(query: Prisma.Sql) => this.prisma.$queryRaw<T[]>(query);
    const [total, technology, kind, status, source] = await Promise.all([
      this.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM item i WHERE ${this.conditions(user, filters)}`,
      count(Prisma.sql`SELECT t.slug AS value, count(*) AS count FROM item i
                          JOIN item_technology it ON it.item_id = i.id JOIN technology t ON t.id = it.technology_id
                         WHERE ${this.conditions(user, filters, 'technology')} GROUP BY t.slug`),
      count(Prisma.sql`SELECT i.kind::text AS value, count(*) AS count FROM item i WHERE ${this.conditions(user, filters, 'kind')} GROUP BY i.kind`),
      count(Prisma.sql`SELECT i.status::text AS value, count(*) AS count FROM item i WHERE ${this.conditions(user, filters, 'status')} GROUP BY i.status`),
      count(Prisma.sql`SELECT s.slug AS value, count(*) AS count FROM item i JOIN source_body s ON s.id = i.source_id
                         WHERE ${this.conditions(user, filters, 'source')} GROUP BY s.slug`),
    ]);
    return { total: Number(total[0]?.count ?? 0), technology, kind, status, source };
  }

  /** Likely duplicates: similar titles (trigrams) or shared title words (full text). */
  similar(user: SessionUser, title: string, options: { excludeId?: string; kind?: TItemKind; limit: number }) {
    const words = Prisma.sql`(replace(plainto_tsquery('public.english_unaccent', ${title})::text, '&', '|')::tsquery
                            || replace(plainto_tsquery('public.french_unaccent', ${title})::text, '&', '|')::tsquery)`;
    return this.prisma.$queryRaw<{ reference: string; title: string; status: TItemStatus; kind: TItemKind; score: number }[]>`
      SELECT i.reference, i.title, i.status, i.kind,
             round((similarity(i.title, ${title}) + ts_rank_cd(i.search, ${words}))::numeric, 3)::float8 AS score
        FROM item i
       WHERE ${visibilitySql(user)}
         ${options.excludeId ? Prisma.sql`AND i.id <> ${options.excludeId}::uuid` : Prisma.empty}
         ${options.kind ? Prisma.sql`AND i.kind = ${options.kind}::"ItemKind"` : Prisma.empty}
         AND i.status NOT IN ('WITHDRAWN')
         AND (i.title % ${title} OR i.search @@ ${words})
       ORDER BY score DESC, i.reference
       LIMIT ${options.limit}`;
  }
}

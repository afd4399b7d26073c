import { Injectable } from '@nestjs/common';
import {
  ITEM_SORTS,
  text,
  ZIsoDateTime,
  ZUuid,
  type TItemFacets,
  type TItemFilters,
  type TItemListQuery,
  type TItemSummary,
} from '@srt/contracts';
import { z } from 'zod';
import type { SessionUser } from '../auth/session-user';
import { CursorSigner } from '../http/cursor';
import { fieldIssue, ValidationFailed } from '../http/problems';
import {
  ItemSearchRepository,
  MATCH_END,
  MATCH_START,
  type ItemSort,
  type ItemSummaryRow,
} from './item-search.repository';
import { ItemTallyRepository, talliesCanAnswer } from './item-tally.repository';
import { ItemsService } from './items.service';

/** Splits a ts_headline result into plain text parts and matched parts. */
export function toSnippet(headline: string | null): TItemSummary['snippet'] {
  if (!headline) return null;
  const parts: { text: string; match: boolean }[] = [];
  for (const [index, piece] of headline.split(MATCH_START).entries()) {
    if (index === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [matched, rest] = piece.split(MATCH_END);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

const toSummary = (row: ItemSummaryRow, withSnippet: boolean): TItemSummary => ({
  reference: row.reference,
  kind: row.kind,
  title: row.title,
  summary: row.summary,
  language: row.language,
  status: row.status,
  technologies: row.technologies,
  source: { slug: row.source_slug, name: row.source_name },
  organisation: { name: row.organisation_name, country: row.organisation_country },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  snippet: withSnippet ? toSnippet(row.snippet) : null,
});

/** PostgreSQL's text of a timestamptz (`2026-11-26 01:51:28.123456+00`), as a date sort's key is carried. */
const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::(\d{2}))?$/;
const isTimestampKey = (key: string) => {
  const parts = PG_TIMESTAMP.exec(key);
  return parts !== null && ZIsoDateTime.safeParse(`${parts[1]}T${parts[2]}${parts[3]}:${parts[4] ?? '00'}`).success;
};

/** A relevance key is its tier, a colon and the updated_at key; a title key is any title. */
const keyFitsSort = ({ sort, key }: { sort: ItemSort; key: string }) =>
  sort === 'title' || (sort === 'relevance' ? /^[12]:/.test(key) && isTimestampKey(key.slice(2)) : isTimestampKey(key));

/** Where a page ended, with the sort and search it belongs to. */
const ZItemCursor = z
  .object({ key: text().max(1000), id: ZUuid, sort: z.enum(ITEM_SORTS), q: text().max(200) })
  .refine(keyFitsSort);

const byCountDescending = (rows: { value: string; count: number }[]) =>
  rows
    .map((row) => ({ value: row.value, count: row.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

@Injectable()
export class ItemSearchService {
  constructor(
    private readonly search: ItemSearchRepository,
    private readonly tallies: ItemTallyRepository,
    private readonly items: ItemsService,
    private readonly cursors: CursorSigner,
  ) {}

  async page(user: SessionUser, query: TItemListQuery): Promise<{ items: TItemSummary[]; nextCursor: string | null }> {
    const { sort: requestedSort, cursor, limit, ...filters } = query;
    const sort: ItemSort = requestedSort ?? (filters.q ? 'relevance' : 'updated');
    // The cursor remembers its sort (and search): reused with another one it would skip or repeat items.
    const after = cursor ? await this.cursors.decode(cursor, ZItemCursor) : undefined;
    if (after && (after.sort !== sort || after.q !== (filters.q ?? ''))) {
      throw new ValidationFailed([fieldIssue('query.cursor', 'CURSOR_MISMATCH')]);
    }
    const rows = await this.search.page(user, filters, sort, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toSummary(row, Boolean(filters.q))),
      nextCursor:
        rows.length > limit && last
          ? await this.cursors.encode({ key: last.sort_key, id: last.id, sort, q: filters.q ?? '' })
          : null,
    };
  }

  async facets(user: SessionUser, filters: TItemFilters): Promise<TItemFacets> {
    const counts = talliesCanAnswer(filters)
      ? await this.tallies.facets(user, filters)
      : await this.search.facets(user, filters);
    return {
      total: counts.total,
      technology: byCountDescending(counts.technology),
      kind: byCountDescending(counts.kind),
      status: byCountDescending(counts.status),
      source: byCountDescending(counts.source),
    };
  }

  async similarTo(user: SessionUser, reference: string) {
    const item = await this.items.requireVisible(reference, user);
    return this.search.similar(user, item.title, { excludeId: item.id, limit: 5 });
  }

  similarToTitle(user: SessionUser, title: string, kind?: TItemSummary['kind']) {
    return this.search.similar(user, title, { kind, limit: 5 });
  }
}

import { ITEM_SORTS, ZItemKind, ZItemStatus, type TItemStatus } from '@srt/contracts';
import type { ItemFilters, ItemListParams, ItemSort } from '../../../api/items/keys';

const isSort = (value: string | null): value is ItemSort => (ITEM_SORTS as readonly (string | null)[]).includes(value);
const isStatus = (value: string): value is TItemStatus => ZItemStatus.safeParse(value).success;
const nonEmpty = <T>(values: T[]) => (values.length > 0 ? values : undefined);

/**
 * The browse state lives in the URL so that a link can be shared and the back button works.
 * Unknown or malformed values are dropped rather than sent to the API, which would refuse them.
 */
export function readBrowseParams(search: URLSearchParams): ItemListParams {
  const q = search.get('q')?.trim() || undefined;
  const sort = search.get('sort');
  return {
    q,
    kind: ZItemKind.safeParse(search.get('kind')).data,
    technology: nonEmpty(search.getAll('technology')),
    source: nonEmpty(search.getAll('source')),
    status: nonEmpty(search.getAll('status').filter(isStatus)),
    meeting: search.get('meeting') || undefined,
    mine: search.get('mine') === 'true' || undefined,
    // Relevance ranks a search; without one the API refuses it.
    sort: isSort(sort) && (sort !== 'relevance' || q) ? sort : undefined,
  };
}

export function writeBrowseParams(params: ItemListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === false) continue;
    for (const each of Array.isArray(value) ? value : [value]) search.append(key, String(each));
  }
  return search;
}

/** The filters alone (what the facet counts depend on), without the order. */
export function filtersOf({ sort: _order, ...filters }: ItemListParams): ItemFilters {
  return filters;
}

export function hasFilters(params: ItemListParams): boolean {
  const { q, mine: _mine, ...rest } = filtersOf(params);
  return Boolean(q) || Object.values(rest).some((value) => value !== undefined);
}

/** The order used when none is chosen: the API's own default. */
export const effectiveSort = (params: ItemListParams): ItemSort => params.sort ?? (params.q ? 'relevance' : 'updated');

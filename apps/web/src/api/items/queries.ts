import { routes, type TItemKind } from '@srt/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../client';
import { itemKeys, type ItemFilters, type ItemListParams } from './keys';

const PAGE_SIZE = 25;

/**
 * The filters as query parameters: `mine` travels as text, and only when set. The repeatable
 * filters are named even when empty because the contract types them as always present.
 */
export function filterQuery({ mine, technology, source, status, ...filters }: ItemFilters) {
  return { ...filters, technology, source, status, mine: mine ? ('true' as const) : undefined };
}

/** Browse and search, one keyset page after another. */
export function itemPagesQuery(params: ItemListParams) {
  return infiniteQueryOptions({
    queryKey: itemKeys.pages(params),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(routes.listItems, {
        query: { ...filterQuery(params), sort: params.sort, cursor: pageParam ?? undefined, limit: PAGE_SIZE },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // While new filters load, the previous results stay on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useItemPages(params: ItemListParams) {
  return useInfiniteQuery(itemPagesQuery(params));
}

/** The first few items matching the filters, e.g. the recent accepted ones on the home page. */
export function useFirstItems(params: ItemListParams, limit: number) {
  return useQuery({
    queryKey: itemKeys.first(params, limit),
    queryFn: ({ signal }) =>
      apiRequest(routes.listItems, { query: { ...filterQuery(params), sort: params.sort, limit }, signal }),
  });
}

export function itemFacetsQuery(filters: ItemFilters) {
  return queryOptions({
    queryKey: itemKeys.facets(filters),
    queryFn: ({ signal }) => apiRequest(routes.itemFacets, { query: filterQuery(filters), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useItemFacets(filters: ItemFilters) {
  return useQuery(itemFacetsQuery(filters));
}

/** Likely duplicates of a title being typed (the API needs three characters at least). */
export function useSimilarTitles(title: string, kind: TItemKind | undefined) {
  return useQuery({
    queryKey: itemKeys.similar(title, kind),
    queryFn: ({ signal }) => apiRequest(routes.similarToTitle, { query: { title, kind }, signal }),
    enabled: title.length >= 3,
    placeholderData: keepPreviousData,
  });
}

export function useItem(reference: string) {
  return useQuery({
    queryKey: itemKeys.detail(reference),
    queryFn: ({ signal }) => apiRequest(routes.getItem, { params: { ref: reference }, signal }),
  });
}

export function useRevisions(reference: string) {
  return useQuery({
    queryKey: itemKeys.revisions(reference),
    queryFn: ({ signal }) => apiRequest(routes.listRevisions, { params: { ref: reference }, signal }),
  });
}

export function useRevisionDiff(reference: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: itemKeys.diff(reference, from ?? 0, to ?? 0),
    queryFn: ({ signal }) =>
      apiRequest(routes.diffRevisions, { params: { ref: reference }, query: { from: from ?? 0, to: to ?? 0 }, signal }),
    enabled: from !== null && to !== null && from !== to,
    // Two revisions never change once written.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

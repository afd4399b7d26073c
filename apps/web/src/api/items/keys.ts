import type { ITEM_SORTS, TItemKind, TItemStatus } from '@srt/contracts';

export type ItemSort = (typeof ITEM_SORTS)[number];

/** The browse filters as the web client holds them (the URL and the API spell `mine` as text). */
export interface ItemFilters {
  q?: string;
  kind?: TItemKind;
  technology?: string[];
  source?: string[];
  status?: TItemStatus[];
  meeting?: string;
  mine?: boolean;
}

export interface ItemListParams extends ItemFilters {
  sort?: ItemSort;
}

export const itemKeys = {
  all: ['items'] as const,
  /** Everything whose counts or rows change when any item is created, changed or moves status. */
  browse: () => [...itemKeys.all, 'browse'] as const,
  pages: (params: ItemListParams) => [...itemKeys.browse(), 'pages', params] as const,
  first: (params: ItemListParams, limit: number) => [...itemKeys.browse(), 'first', params, limit] as const,
  facets: (filters: ItemFilters) => [...itemKeys.browse(), 'facets', filters] as const,
  similar: (title: string, kind: TItemKind | undefined) => [...itemKeys.all, 'similar', { title, kind }] as const,
  details: () => [...itemKeys.all, 'detail'] as const,
  detail: (reference: string) => [...itemKeys.details(), reference] as const,
  revisions: (reference: string) => [...itemKeys.detail(reference), 'revisions'] as const,
  diff: (reference: string, from: number, to: number) => [...itemKeys.detail(reference), 'diff', { from, to }] as const,
};

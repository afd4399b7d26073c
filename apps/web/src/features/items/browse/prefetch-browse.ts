import type { QueryClient } from '@tanstack/react-query';
import { itemFacetsQuery, itemPagesQuery } from '../../../api/items/queries';
import { meetingsQuery } from '../../../api/meetings/queries';
import { sourcesQuery } from '../../../api/sources/queries';
import { technologiesQuery } from '../../../api/technologies/queries';
import { filtersOf, readBrowseParams } from './browse-params';

/** Asks for everything the browse page shows, so that it can render its results in one pass. */
export function prefetchBrowse(queryClient: QueryClient, search: URLSearchParams): void {
  const params = readBrowseParams(search);
  void queryClient.prefetchInfiniteQuery(itemPagesQuery(params));
  void queryClient.prefetchQuery(itemFacetsQuery(filtersOf(params)));
  void queryClient.prefetchQuery(technologiesQuery);
  void queryClient.prefetchQuery(sourcesQuery);
  void queryClient.prefetchQuery(meetingsQuery);
}

import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '../api/auth/queries';
import { prefetchBrowse } from '../features/items/browse/prefetch-browse';
import { loadItemsPage } from './lazy-pages';

/**
 * Starts what the first page needs while the app itself starts, instead of one step after the
 * other (session, then the page's code, then its data): the session, and for the browse page,
 * the most visited one, its code and first results (SPEC §6: first results within 1 s).
 */
export function preloadFirstPage(
  queryClient: QueryClient,
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
): void {
  void queryClient.prefetchQuery(meQuery);
  if (pathname === '/items') {
    void loadItemsPage();
    prefetchBrowse(queryClient, new URLSearchParams(search));
  }
}

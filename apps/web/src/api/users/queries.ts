import { routes } from '@srt/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { userKeys, type UserFilters } from './keys';

const PAGE_SIZE = 25;

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(routes.listUsers, { query: { ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // While a new search loads, the previous results stay on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });
}

/**
 * Who can review items (Secretariat and administrators), for the assign dialog. Kept under the
 * users' keys, so that an administrator's change to someone's role or status refreshes it.
 */
export function useReviewers(enabled: boolean) {
  return useQuery({
    queryKey: userKeys.reviewers(),
    queryFn: ({ signal }) => apiRequest(routes.listReviewers, { signal }),
    enabled,
  });
}

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
 * Who can review items (Secretariat and administrators), for the assign dialog. Only administrators
 * may list users, so for everyone else this stays disabled and the dialog offers the caller alone.
 */
export function useReviewers(enabled: boolean) {
  return useQuery({
    queryKey: userKeys.reviewers(),
    queryFn: async ({ signal }) => {
      const pages = await Promise.all(
        (['SECRETARIAT', 'ADMIN'] as const).map((role) => apiRequest(routes.listUsers, { query: { role, active: 'true', limit: 100 }, signal })),
      );
      return pages.flatMap((page) => page.items);
    },
    enabled,
  });
}

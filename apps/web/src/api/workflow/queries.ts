import { routes } from '@srt/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { workflowKeys, type TriageFilters } from './keys';

const PAGE_SIZE = 50;

/** The item's timeline, oldest first. */
export function useItemEvents(reference: string) {
  return useQuery({
    queryKey: workflowKeys.events(reference),
    queryFn: ({ signal }) => apiRequest(routes.listEvents, { params: { ref: reference }, signal }),
  });
}

export function useTriage(filters: TriageFilters) {
  return useInfiniteQuery({
    queryKey: workflowKeys.triagePages(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(routes.triage, {
        query: {
          status: filters.status,
          technology: filters.technology,
          mine: filters.mine ? 'true' : undefined,
          cursor: pageParam ?? undefined,
          limit: PAGE_SIZE,
        },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** How many items wait in each review status (the queue's counts, without its rows). */
export function useTriageCounts() {
  return useQuery({
    queryKey: workflowKeys.triageCounts(),
    queryFn: async ({ signal }) =>
      (await apiRequest(routes.triage, { query: { status: undefined, limit: 1 }, signal })).counts,
  });
}

import { routes } from '@srt/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { auditKeys, type AuditFilters } from './keys';

const PAGE_SIZE = 50;

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(routes.listAudit, { query: { ...filters, cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    // Every action anywhere adds entries: always show the newest on opening the page.
    staleTime: 0,
  });
}

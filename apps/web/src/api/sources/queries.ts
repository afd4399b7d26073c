import { routes } from '@srt/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { sourceKeys } from './keys';

export const sourcesQuery = queryOptions({
  queryKey: sourceKeys.list(),
  queryFn: ({ signal }) => apiRequest(routes.listSources, { signal }),
});

export function useSources() {
  return useQuery(sourcesQuery);
}

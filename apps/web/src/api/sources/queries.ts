import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { sourceKeys } from './keys';

export function useSources() {
  return useQuery({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => apiRequest(routes.listSources, { signal }),
  });
}

import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { commentKeys } from './keys';

/** The item's comments, or with `internal` the Secretariat's notes. */
export function useComments(reference: string, internal: boolean) {
  return useQuery({
    queryKey: commentKeys.list(reference, internal),
    queryFn: ({ signal }) =>
      apiRequest(routes.listComments, {
        params: { ref: reference },
        query: { internal: internal ? 'true' : undefined },
        signal,
      }),
  });
}

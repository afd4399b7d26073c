import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { reportKeys } from './keys';

export function useEditions() {
  return useQuery({
    queryKey: reportKeys.editions(),
    queryFn: ({ signal }) => apiRequest(routes.listEditions, { signal }),
  });
}

/** One edition with its chapters and sections. */
export function useEdition(id: string) {
  return useQuery({
    queryKey: reportKeys.edition(id),
    queryFn: ({ signal }) => apiRequest(routes.getEdition, { params: { id }, signal }),
  });
}

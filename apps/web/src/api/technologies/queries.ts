import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { technologyKeys } from './keys';

/** Every technology, inactive ones included. */
export function useTechnologies() {
  return useQuery({
    queryKey: technologyKeys.list(),
    queryFn: ({ signal }) => apiRequest(routes.listTechnologies, { signal }),
  });
}

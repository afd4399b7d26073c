import { routes } from '@srt/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { technologyKeys } from './keys';

/** Every technology, inactive ones included. */
export const technologiesQuery = queryOptions({
  queryKey: technologyKeys.list(),
  queryFn: ({ signal }) => apiRequest(routes.listTechnologies, { signal }),
});

export function useTechnologies() {
  return useQuery(technologiesQuery);
}

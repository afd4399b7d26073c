import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { organisationKeys } from './keys';

export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.list(),
    queryFn: ({ signal }) => apiRequest(routes.listOrganisations, { signal }),
  });
}

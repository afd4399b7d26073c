import { routes, type TCreateOrganisation } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { organisationKeys } from './keys';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateOrganisation) => apiRequest(routes.createOrganisation, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

import { routes, type TCreateTechnology, type TUpdateTechnology } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { technologyKeys } from './keys';

export function useCreateTechnology() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateTechnology) => apiRequest(routes.createTechnology, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: technologyKeys.all }),
  });
}

export function useUpdateTechnology() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, changes }: { slug: string; changes: TUpdateTechnology }) =>
      apiRequest(routes.updateTechnology, { params: { slug }, body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: technologyKeys.all }),
  });
}

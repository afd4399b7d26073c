import { routes, type TCreateSourceBody } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { sourceKeys } from './keys';

export function useCreateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateSourceBody) => apiRequest(routes.createSource, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourceKeys.all }),
  });
}

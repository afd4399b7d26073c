import { routes, type TTransitionRequest } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { itemKeys } from '../items/keys';
import { workflowKeys } from './keys';

export function useTransition(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TTransitionRequest) =>
      apiRequest(routes.transition, { params: { ref: reference }, body: request }),
    onSuccess: (_, request) =>
      Promise.all([
        // Status, version and permissions change; the timeline and the queue gain or lose an entry.
        queryClient.invalidateQueries({ queryKey: itemKeys.detail(reference) }),
        queryClient.invalidateQueries({ queryKey: itemKeys.browse() }),
        queryClient.invalidateQueries({ queryKey: workflowKeys.all }),
        // Rejecting as a duplicate links the surviving item.
        request.duplicateOf
          ? queryClient.invalidateQueries({ queryKey: itemKeys.detail(request.duplicateOf) })
          : undefined,
      ]),
  });
}

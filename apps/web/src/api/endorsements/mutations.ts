import { routes } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { endorsementKeys } from './keys';

export function useEndorse(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(routes.endorse, { params: { ref: reference } }),
    onSuccess: (endorsements) => queryClient.setQueryData(endorsementKeys.item(reference), endorsements),
  });
}

export function useWithdrawEndorsement(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(routes.withdrawEndorsement, { params: { ref: reference } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endorsementKeys.item(reference) }),
  });
}

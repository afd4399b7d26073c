import { routes, type TCreateComment } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { commentKeys } from './keys';

export function useCreateComment(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: TCreateComment) =>
      apiRequest(routes.createComment, { params: { ref: reference }, body: comment }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.item(reference) }),
  });
}

export function useUpdateComment(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      apiRequest(routes.updateComment, { params: { ref: reference, id }, body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.item(reference) }),
  });
}

export function useDeleteComment(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(routes.deleteComment, { params: { ref: reference, id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.item(reference) }),
  });
}

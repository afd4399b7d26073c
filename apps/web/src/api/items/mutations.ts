import { routes, type TCreateItem, type TCreateLink, type TItem, type TUpdateItem } from '@srt/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { itemKeys } from './keys';

/** A saved item: its page shows it at once, and every list and count that may include it reloads. */
async function storeItem(queryClient: QueryClient, item: TItem) {
  queryClient.setQueryData(itemKeys.detail(item.reference), item);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: itemKeys.revisions(item.reference) }),
    queryClient.invalidateQueries({ queryKey: itemKeys.browse() }),
  ]);
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ content, idempotencyKey }: { content: TCreateItem; idempotencyKey: string }) =>
      apiRequest(routes.createItem, { body: content, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: (item) => storeItem(queryClient, item),
  });
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reference, changes }: { reference: string; changes: TUpdateItem }) =>
      apiRequest(routes.updateItem, { params: { ref: reference }, body: changes }),
    onSuccess: (item) => storeItem(queryClient, item),
  });
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reference: string) => apiRequest(routes.deleteItem, { params: { ref: reference } }),
    onSuccess: (_, reference) => {
      queryClient.removeQueries({ queryKey: itemKeys.detail(reference) });
      return queryClient.invalidateQueries({ queryKey: itemKeys.browse() });
    },
  });
}

export function useCreateLink(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: TCreateLink) => apiRequest(routes.createLink, { params: { ref: reference }, body: link }),
    onSuccess: (item, link) => {
      queryClient.setQueryData(itemKeys.detail(reference), item);
      // The other item shows the link too, as an incoming one.
      return queryClient.invalidateQueries({ queryKey: itemKeys.detail(link.target) });
    },
  });
}

export function useDeleteLink(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: TCreateLink) => apiRequest(routes.deleteLink, { params: { ref: reference }, query: link }),
    onSuccess: (_, link) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: itemKeys.detail(reference) }),
        queryClient.invalidateQueries({ queryKey: itemKeys.detail(link.target) }),
      ]),
  });
}

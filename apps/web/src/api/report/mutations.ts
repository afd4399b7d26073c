import {
  routes,
  type TCreateChapter,
  type TCreateEdition,
  type TCreateSection,
  type TCreateTrace,
  type TUpdateChapter,
  type TUpdateSection,
} from '@srt/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { itemKeys } from '../items/keys';
import { reportKeys } from './keys';

/** A change inside an edition: its tree, coverage and comparisons are out of date. */
function refreshEdition(queryClient: QueryClient, editionId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.edition(editionId) }),
    queryClient.invalidateQueries({ queryKey: reportKeys.diffs() }),
  ]);
}

/** Trace links also show on the item's own page ("Used in the report"). */
function refreshEditionAndItem(queryClient: QueryClient, editionId: string, itemReference: string) {
  return Promise.all([
    refreshEdition(queryClient, editionId),
    queryClient.invalidateQueries({ queryKey: itemKeys.detail(itemReference) }),
  ]);
}

export function useCreateEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateEdition) => apiRequest(routes.createEdition, { body }),
    onSuccess: (edition) => {
      queryClient.setQueryData(reportKeys.edition(edition.id), edition);
      return queryClient.invalidateQueries({ queryKey: reportKeys.editions(), exact: true });
    },
  });
}

export function usePublishEdition(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (force: boolean) => apiRequest(routes.publishEdition, { params: { id: editionId }, body: { force } }),
    onSuccess: (edition) => {
      queryClient.setQueryData(reportKeys.edition(editionId), edition);
      // Items traced in a published edition can no longer be reopened: their pages show it.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKeys.editions(), exact: true }),
        queryClient.invalidateQueries({ queryKey: itemKeys.details() }),
      ]);
    },
  });
}

export function useCreateChapter(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (chapter: TCreateChapter) =>
      apiRequest(routes.createChapter, { params: { id: editionId }, body: chapter }),
    onSuccess: () => refreshEdition(queryClient, editionId),
  });
}

export function useUpdateChapter(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TUpdateChapter }) =>
      apiRequest(routes.updateChapter, { params: { id }, body: changes }),
    onSuccess: () => refreshEdition(queryClient, editionId),
  });
}

export function useCreateSection(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (section: TCreateSection) =>
      apiRequest(routes.createSection, { params: { id: editionId }, body: section }),
    onSuccess: () => refreshEdition(queryClient, editionId),
  });
}

export function useUpdateSection(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: TUpdateSection }) =>
      apiRequest(routes.updateSection, { params: { id }, body: changes }),
    // Changing a section's text makes its links suspect, which the items' pages show.
    onSuccess: () =>
      Promise.all([
        refreshEdition(queryClient, editionId),
        queryClient.invalidateQueries({ queryKey: itemKeys.details() }),
      ]),
  });
}

export function useCreateTrace(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sectionId, trace }: { sectionId: string; trace: TCreateTrace }) =>
      apiRequest(routes.createTrace, { params: { sectionId }, body: trace }),
    onSuccess: (trace) => refreshEditionAndItem(queryClient, editionId, trace.item.reference),
  });
}

export function useDeleteTrace(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ traceId }: { traceId: string; itemReference: string }) =>
      apiRequest(routes.deleteTrace, { params: { id: traceId } }),
    onSuccess: (_, { itemReference }) => refreshEditionAndItem(queryClient, editionId, itemReference),
  });
}

export function useConfirmTrace(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (traceId: string) => apiRequest(routes.confirmTrace, { params: { id: traceId } }),
    onSuccess: (trace) => refreshEditionAndItem(queryClient, editionId, trace.item.reference),
  });
}

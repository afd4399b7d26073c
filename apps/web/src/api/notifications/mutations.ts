import { routes, type TNotificationPreferences } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { notificationKeys } from './keys';

/** Marks the given notifications read, or all of them without ids. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => apiRequest(routes.markNotificationsRead, { body: ids ? { ids } : { all: true } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.latest() }),
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<TNotificationPreferences>) =>
      apiRequest(routes.updateNotificationPreferences, { body: changes }),
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences(), preferences),
  });
}

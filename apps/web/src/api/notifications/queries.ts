import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { notificationKeys } from './keys';

const LATEST = 20;
/** How often the bell asks for news: often enough to feel current, rarely enough to cost nothing. */
const POLL_INTERVAL_MS = 60_000;

/** The latest notifications with the unread count, refreshed every minute. */
export function useLatestNotifications() {
  return useQuery({
    queryKey: notificationKeys.latest(),
    queryFn: ({ signal }) => apiRequest(routes.listNotifications, { query: { limit: LATEST }, signal }),
    refetchInterval: POLL_INTERVAL_MS,
    staleTime: 0,
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => apiRequest(routes.getNotificationPreferences, { signal }),
  });
}

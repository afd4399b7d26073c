import { QueryClient } from '@tanstack/react-query';
import { authKeys } from './auth/keys';
import { ApiError, NETWORK_ERROR_STATUS, onSessionEnded } from './client';

/** Client errors (4xx) will not change on a retry; network failures and 5xx might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return !(error instanceof ApiError) || error.status === NETWORK_ERROR_STATUS || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  // The route guards watch the "me" query: emptying it sends the user to the sign-in page.
  onSessionEnded(() => queryClient.setQueryData(authKeys.me(), null));
  return queryClient;
}

/** Everything cached belongs to the previous session once the user changes. */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
}

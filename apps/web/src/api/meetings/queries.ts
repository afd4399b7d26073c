import { routes } from '@srt/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { meetingKeys } from './keys';

/** Every meeting, newest first. */
export const meetingsQuery = queryOptions({
  queryKey: meetingKeys.list(),
  queryFn: ({ signal }) => apiRequest(routes.listMeetings, { signal }),
});

export function useMeetings() {
  return useQuery(meetingsQuery);
}

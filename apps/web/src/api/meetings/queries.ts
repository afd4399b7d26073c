import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { meetingKeys } from './keys';

/** Every meeting, newest first. */
export function useMeetings() {
  return useQuery({
    queryKey: meetingKeys.list(),
    queryFn: ({ signal }) => apiRequest(routes.listMeetings, { signal }),
  });
}

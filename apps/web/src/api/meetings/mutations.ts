import { routes, type TCreateMeeting } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { meetingKeys } from './keys';

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateMeeting) => apiRequest(routes.createMeeting, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { endorsementKeys } from './keys';

export function useEndorsements(reference: string) {
  return useQuery({
    queryKey: endorsementKeys.item(reference),
    queryFn: ({ signal }) => apiRequest(routes.getEndorsements, { params: { ref: reference }, signal }),
  });
}

import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import type { ItemFilters } from '../items/keys';
import { filterQuery } from '../items/queries';
import { statsKeys } from './keys';

/** The insight figures for the same filters the browse page takes. */
export function useStats(filters: ItemFilters = {}) {
  return useQuery({
    queryKey: statsKeys.filtered(filters),
    queryFn: ({ signal }) => apiRequest(routes.stats, { query: filterQuery(filters), signal }),
  });
}

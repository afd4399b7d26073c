import type { ItemFilters } from '../items/keys';

export const statsKeys = {
  all: ['stats'] as const,
  filtered: (filters: ItemFilters) => [...statsKeys.all, filters] as const,
};

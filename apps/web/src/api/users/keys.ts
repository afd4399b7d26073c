import type { TRole } from '@srt/contracts';

export interface UserFilters {
  q?: string;
  role?: TRole;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
  reviewers: () => [...userKeys.all, 'reviewers'] as const,
};

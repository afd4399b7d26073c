export const reportKeys = {
  all: ['report'] as const,
  editions: () => [...reportKeys.all, 'editions'] as const,
  edition: (id: string) => [...reportKeys.editions(), id] as const,
  coverage: (id: string) => [...reportKeys.edition(id), 'coverage'] as const,
  diffs: () => [...reportKeys.all, 'diff'] as const,
  diff: (id: string, otherId: string) => [...reportKeys.diffs(), id, otherId] as const,
};

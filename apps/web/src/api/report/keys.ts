export const reportKeys = {
  all: ['report'] as const,
  editions: () => [...reportKeys.all, 'editions'] as const,
  edition: (id: string) => [...reportKeys.editions(), id] as const,
};

export const commentKeys = {
  all: ['comments'] as const,
  item: (reference: string) => [...commentKeys.all, reference] as const,
  list: (reference: string, internal: boolean) => [...commentKeys.item(reference), { internal }] as const,
};

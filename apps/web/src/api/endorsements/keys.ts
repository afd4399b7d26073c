export const endorsementKeys = {
  all: ['endorsements'] as const,
  item: (reference: string) => [...endorsementKeys.all, reference] as const,
};

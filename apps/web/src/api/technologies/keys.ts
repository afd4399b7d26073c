export const technologyKeys = {
  all: ['technologies'] as const,
  list: () => [...technologyKeys.all, 'list'] as const,
};

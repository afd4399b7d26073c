export interface AuditFilters {
  action?: string;
  /** ISO date-times. */
  from?: string;
  to?: string;
}

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filters: AuditFilters) => [...auditKeys.lists(), filters] as const,
};

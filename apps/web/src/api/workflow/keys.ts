import type { TRIAGE_STATUSES } from '@srt/contracts';

export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export interface TriageFilters {
  status?: TriageStatus[];
  technology?: string;
  mine?: boolean;
}

export const workflowKeys = {
  all: ['workflow'] as const,
  events: (reference: string) => [...workflowKeys.all, 'events', reference] as const,
  triage: () => [...workflowKeys.all, 'triage'] as const,
  triagePages: (filters: TriageFilters) => [...workflowKeys.triage(), 'pages', filters] as const,
  triageCounts: () => [...workflowKeys.triage(), 'counts'] as const,
};

import { routes } from '@srt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';

interface ImportOptions {
  file: File;
  dryRun: boolean;
  as: 'draft' | 'submitted';
}

/** Sends the CSV file as it is; a real import refreshes every item list. */
export function useImportItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun, as }: ImportOptions) =>
      apiRequest(routes.importItems, {
        query: { dryRun: String(dryRun) as 'true' | 'false', as },
        rawBody: { content: await file.text(), type: 'text/csv' },
      }),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: ['items'] });
    },
  });
}

/** The export streams from the API; a plain link lets the browser show the download's progress. */
export function exportUrl(format: 'csv' | 'xlsx', filters: URLSearchParams): string {
  const search = new URLSearchParams(filters);
  search.delete('sort');
  search.delete('cursor');
  search.set('format', format);
  return `${routes.exportItems.path}?${search.toString()}`;
}

import { routes } from '@srt/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { reportKeys } from './keys';

export function useEditions() {
  return useQuery({
    queryKey: reportKeys.editions(),
    queryFn: ({ signal }) => apiRequest(routes.listEditions, { signal }),
  });
}

/** One edition with its chapters and sections. */
export function useEdition(id: string) {
  return useQuery({
    queryKey: reportKeys.edition(id),
    queryFn: ({ signal }) => apiRequest(routes.getEdition, { params: { id }, signal }),
  });
}

export function useCoverage(id: string) {
  return useQuery({
    queryKey: reportKeys.coverage(id),
    queryFn: ({ signal }) => apiRequest(routes.editionCoverage, { params: { id }, signal }),
  });
}

/** What changed from edition `id` to edition `otherId`, per section. */
export function useEditionDiff(id: string, otherId: string) {
  return useQuery({
    queryKey: reportKeys.diff(id, otherId),
    queryFn: ({ signal }) => apiRequest(routes.editionDiff, { params: { id, otherId }, signal }),
  });
}

/** Where the compiled edition can be downloaded; a plain link, so the browser handles the file. */
export function editionDocumentUrl(id: string, format: 'md' | 'html'): string {
  return `${routes.editionDocument.path.replace(':id', encodeURIComponent(id))}?format=${format}`;
}

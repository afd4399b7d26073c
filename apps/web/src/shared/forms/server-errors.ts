import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { translateFieldIssue } from '../../i18n/problems';
import { describeError } from '../errors';

/**
 * Puts each field error of a failed request on the form field it names, translated from its
 * code. Returns what no field can show (a message for the whole form), or null when every error
 * found its field.
 */
export function placeServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): string | null {
  if (!(error instanceof ApiError) || error.fieldIssues.length === 0) return describeError(error);
  const unplaced: string[] = [];
  const placed = new Set<string>();
  for (const issue of error.fieldIssues) {
    // An issue with one entry of a list (`technologies.1`) is shown on the list's own input.
    const field = fields.includes(issue.path) ? issue.path : issue.path.split('.')[0];
    const message = translateFieldIssue(issue);
    if (!fields.includes(field)) unplaced.push(message);
    else if (!placed.has(field)) {
      setError(field as Path<T>, { type: 'server', message }, { shouldFocus: placed.size === 0 });
      placed.add(field);
    }
  }
  return unplaced.length > 0 ? unplaced.join(' ') : null;
}

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { translateMessage } from '../../i18n/messages';
import { describeError } from '../errors';

/**
 * Puts each field error of a failed request on the form field it names. Returns what no field
 * can show (a message for the whole form), or null when every error found its field.
 */
export function placeServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): string | null {
  if (!(error instanceof ApiError)) return describeError(error);
  const issues = Object.entries(error.fieldErrors);
  if (issues.length === 0) return describeError(error);
  const unplaced: string[] = [];
  for (const [path, message] of issues) {
    // An issue with one entry of a list (`technologies.1`) is shown on the list's own input.
    const field = fields.includes(path) ? path : path.split('.')[0];
    if (fields.includes(field))
      setError(field as Path<T>, { type: 'server', message }, { shouldFocus: unplaced.length === 0 });
    else unplaced.push(translateMessage(message));
  }
  return unplaced.length > 0 ? unplaced.join(' ') : null;
}

import i18next from 'i18next';
import { ApiError } from '../api/client';
import { translateProblem } from '../i18n/problems';

/** One sentence for the user about a failed request, in the current language, from its code. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem ? translateProblem(error.problem) : i18next.t('errors.network');
  }
  return i18next.t('errors.unexpected');
}

import i18next from 'i18next';
import { ApiError, NETWORK_ERROR_STATUS } from '../api/client';
import { translateMessage } from '../i18n/messages';

/** One sentence for the user about a failed request, in the current language. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === NETWORK_ERROR_STATUS) return i18next.t('errors.network');
    if (error.status >= 500) return i18next.t('errors.server');
    if (error.status === 403) return i18next.t('errors.forbidden');
    if (error.problem.detail) return translateMessage(error.problem.detail);
  }
  return i18next.t('errors.unexpected');
}

import i18next from 'i18next';
import { ApiError } from '../../api/client';
import { describeError } from '../../shared/errors';

/** Says why signing in failed without revealing whether the account exists. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return i18next.t('signIn.wrongCredentials');
  if (error instanceof ApiError && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return i18next.t('signIn.tooManyAttempts', { count: minutes });
  }
  return describeError(error);
}

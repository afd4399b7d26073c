import i18next from 'i18next';
import { ApiError } from '../../api/client';
import { describeError } from '../../shared/errors';

/** Says why signing in failed without revealing whether the account exists. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.is('TOO_MANY_ATTEMPTS')) {
    // The Retry-After header is what a proxy in front may have changed; the problem says the same otherwise.
    const seconds = error.retryAfterSeconds ?? error.problem.retryAfterSeconds;
    return i18next.t('signIn.tooManyAttempts', { count: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return describeError(error);
}

import { Alert, Anchor, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSignOut } from '../../api/auth/mutations';
import { PageLoader } from '../../shared/components/PageLoader';
import { describeError } from '../../shared/errors';
import { usePageTitle } from '../../shared/use-page-title';
import type { SignInState } from './sign-in-state';

export interface SignOutState {
  /** Set by the "me" menu: a link from anywhere else must not sign anyone out. */
  requested?: boolean;
}

/**
 * Signs out outside the signed-in area, so that the route guard does not react to the session
 * ending (it would send the user to sign in again "to come back here") before this page can.
 */
export function SignOutPage() {
  const { t } = useTranslation();
  usePageTitle(t('me.signOut'));
  const requested = (useLocation().state as SignOutState | null)?.requested === true;
  const signOut = useSignOut();
  const { mutate } = signOut;
  // Development's StrictMode runs effects twice; the ref keeps it to one request.
  const started = useRef(false);

  useEffect(() => {
    if (!requested || started.current) return;
    started.current = true;
    mutate();
  }, [requested, mutate]);

  if (!requested) return <Navigate to="/" replace />;
  if (signOut.isSuccess) {
    const state: SignInState = { notice: 'signedOut' };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  if (signOut.isError) {
    return (
      <Stack>
        <Alert color="red" variant="light" role="alert">
          {describeError(signOut.error)}
        </Alert>
        <Anchor component={Link} to="/">
          {t('common.goHome')}
        </Anchor>
      </Stack>
    );
  }
  return <PageLoader />;
}

import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../../api/auth/queries';
import { PageLoader } from '../../shared/components/PageLoader';
import { QueryStatus } from '../../shared/components/QueryStatus';
import type { SignInState } from './sign-in-state';
import { SignedInUserContext } from './signed-in-user';

/** Shows its content to signed-in users, in their language; sends everyone else to the sign-in page. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const language = me.data?.preferredLanguage;

  // A layout effect switches before the first paint, so the page never flashes in the wrong language.
  useLayoutEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  if (me.data) return <SignedInUserContext.Provider value={me.data}>{children}</SignedInUserContext.Provider>;
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryStatus query={me}>{() => null}</QueryStatus>;
  const state: SignInState = { from: `${location.pathname}${location.search}${location.hash}` };
  return <Navigate to="/sign-in" replace state={state} />;
}

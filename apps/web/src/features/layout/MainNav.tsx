import { useTranslation } from 'react-i18next';
import { mayUse } from '../auth/access';
import { useSignedInUser } from '../auth/signed-in-user';
import { MainNavLink } from './MainNavLink';
import { NAV_ITEMS } from './nav-items';

/** The pages this user's role may open, and no others. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  return NAV_ITEMS.filter((item) => mayUse(me.role, item.access)).map((item) => (
    <MainNavLink key={item.to} to={item.to} label={t(item.label)} end={item.end} onNavigate={onNavigate} />
  ));
}

import type { Access } from '@srt/contracts';
import { PAGE_ACCESS } from '../auth/access';

interface NavItem {
  to: string;
  label:
    | 'nav.home'
    | 'nav.items'
    | 'nav.triage'
    | 'nav.report'
    | 'nav.insight'
    | 'nav.import'
    | 'nav.taxonomies'
    | 'nav.users'
    | 'nav.organisations'
    | 'nav.audit';
  access: Access;
  /** Active only on this exact path, not below it. */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', access: 'signed-in', end: true },
  { to: '/items', label: 'nav.items', access: 'signed-in' },
  { to: '/triage', label: 'nav.triage', access: PAGE_ACCESS.triage },
  { to: '/report', label: 'nav.report', access: 'signed-in' },
  { to: '/insight', label: 'nav.insight', access: 'signed-in' },
  { to: '/admin/taxonomies', label: 'nav.taxonomies', access: PAGE_ACCESS.taxonomies },
  { to: '/admin/import', label: 'nav.import', access: PAGE_ACCESS.importItems },
  { to: '/admin/users', label: 'nav.users', access: PAGE_ACCESS.users },
  { to: '/admin/organisations', label: 'nav.organisations', access: PAGE_ACCESS.organisations },
  { to: '/admin/audit', label: 'nav.audit', access: PAGE_ACCESS.audit },
];

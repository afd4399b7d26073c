import { routes, type Access, type TRole } from '@srt/contracts';

/** The API's own rule (SPEC §2): ADMIN may do everything, other roles what the route lists. */
export function mayUse(role: TRole, access: Access): boolean {
  if (access === 'public' || access === 'signed-in') return true;
  return role === 'ADMIN' || access.includes(role);
}

/** The Secretariat's part of the workflow (assign, accept, internal notes…) is also the administrators'. */
export function isSecretariat(role: TRole): boolean {
  return mayUse(role, ['SECRETARIAT']);
}

/** Who may open each restricted page: whoever may call the API routes the page is made for. */
export const PAGE_ACCESS = {
  newItem: routes.createItem.access,
  triage: routes.triage.access,
  importItems: routes.importItems.access,
  taxonomies: routes.createTechnology.access,
  users: routes.listUsers.access,
  organisations: routes.createOrganisation.access,
  audit: routes.listAudit.access,
} as const satisfies Record<string, Access>;

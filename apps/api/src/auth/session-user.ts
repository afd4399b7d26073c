import type { TLanguage, TRole } from '@srt/contracts';

/** The signed-in caller, as every service sees it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: TRole;
  organisationId: string;
  preferredLanguage: TLanguage;
}

export const isStaff = (user: SessionUser) => user.role === 'SECRETARIAT' || user.role === 'ADMIN';

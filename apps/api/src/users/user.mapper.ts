import type { TMe, TOrganisation, TUser } from '@srt/contracts';
import type { OrganisationRow } from './organisations.repository';
import type { UserRow } from './users.repository';

export const toUser = (row: UserRow): TUser => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  active: row.active,
  preferredLanguage: row.preferredLanguage,
  organisation: { id: row.organisation.id, name: row.organisation.name },
  hasPassword: row.passwordHash !== null,
  createdAt: row.createdAt.toISOString(),
});

export const toMe = (row: UserRow): TMe => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  preferredLanguage: row.preferredLanguage,
  organisation: row.organisation,
});

export const toOrganisation = (row: OrganisationRow): TOrganisation => ({
  id: row.id,
  name: row.name,
  type: row.type,
  country: row.country,
  userCount: row._count.users,
});

import { lazy } from 'react';

// Administration pages are used by few people: they load on first visit, keeping the initial bundle small.
export const UsersPage = lazy(() => import('../features/admin/users/UsersPage').then((module) => ({ default: module.UsersPage })));
export const OrganisationsPage = lazy(() =>
  import('../features/admin/organisations/OrganisationsPage').then((module) => ({ default: module.OrganisationsPage })),
);
export const AuditPage = lazy(() => import('../features/admin/audit/AuditPage').then((module) => ({ default: module.AuditPage })));
export const TaxonomiesPage = lazy(() =>
  import('../features/admin/taxonomies/TaxonomiesPage').then((module) => ({ default: module.TaxonomiesPage })),
);

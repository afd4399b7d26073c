import { lazy } from 'react';

// The sign-in and password pages carry the form library, which signed-in visits (most of them) do
// not need before they open a form.
export const SignInPage = lazy(() =>
  import('../features/auth/SignInPage').then((module) => ({ default: module.SignInPage })),
);
export const ForgotPasswordPage = lazy(() =>
  import('../features/auth/ForgotPasswordPage').then((module) => ({ default: module.ForgotPasswordPage })),
);
export const SetPasswordPage = lazy(() =>
  import('../features/auth/SetPasswordPage').then((module) => ({ default: module.SetPasswordPage })),
);

// Administration pages are used by few people: they load on first visit, keeping the initial bundle small.
export const UsersPage = lazy(() =>
  import('../features/admin/users/UsersPage').then((module) => ({ default: module.UsersPage })),
);
export const OrganisationsPage = lazy(() =>
  import('../features/admin/organisations/OrganisationsPage').then((module) => ({ default: module.OrganisationsPage })),
);
export const AuditPage = lazy(() =>
  import('../features/admin/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);
export const TaxonomiesPage = lazy(() =>
  import('../features/admin/taxonomies/TaxonomiesPage').then((module) => ({ default: module.TaxonomiesPage })),
);

// The item pages carry the Markdown renderer, the forms and their schemas: loaded when first opened.
export const loadItemsPage = () => import('../features/items/browse/ItemsPage');
export const ItemsPage = lazy(() => loadItemsPage().then((module) => ({ default: module.ItemsPage })));
export const ItemPage = lazy(() =>
  import('../features/items/page/ItemPage').then((module) => ({ default: module.ItemPage })),
);
export const NewItemPage = lazy(() =>
  import('../features/items/form/NewItemPage').then((module) => ({ default: module.NewItemPage })),
);
export const EditItemPage = lazy(() =>
  import('../features/items/form/EditItemPage').then((module) => ({ default: module.EditItemPage })),
);
export const TriagePage = lazy(() =>
  import('../features/workflow/TriagePage').then((module) => ({ default: module.TriagePage })),
);
export const NotificationPreferencesPage = lazy(() =>
  import('../features/notifications/NotificationPreferencesPage').then((module) => ({
    default: module.NotificationPreferencesPage,
  })),
);
// The report page carries the Markdown renderer and the editing dialogs.
export const ReportPage = lazy(() =>
  import('../features/report/ReportPage').then((module) => ({ default: module.ReportPage })),
);
export const EditionComparePage = lazy(() =>
  import('../features/report/EditionComparePage').then((module) => ({ default: module.EditionComparePage })),
);

// The charts library is only needed on the insight page.
export const InsightPage = lazy(() =>
  import('../features/insight/InsightPage').then((module) => ({ default: module.InsightPage })),
);
export const ImportPage = lazy(() =>
  import('../features/data-exchange/ImportPage').then((module) => ({ default: module.ImportPage })),
);

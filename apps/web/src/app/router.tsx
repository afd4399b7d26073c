import { createBrowserRouter } from 'react-router';
import { PAGE_ACCESS } from '../features/auth/access';
import { PublicLayout } from '../features/auth/PublicLayout';
import { RequireAccess } from '../features/auth/RequireAccess';
import { RequireSignedIn } from '../features/auth/RequireSignedIn';
import { SignOutPage } from '../features/auth/SignOutPage';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from '../features/layout/AppLayout';
import { NotFoundPage } from '../features/layout/NotFoundPage';
import { ReportIndexPage } from '../features/report/ReportIndexPage';
import {
  AuditPage,
  ImportPage,
  InsightPage,
  EditionComparePage,
  EditItemPage,
  ForgotPasswordPage,
  ItemPage,
  ItemsPage,
  NewItemPage,
  NotificationPreferencesPage,
  OrganisationsPage,
  ReportPage,
  SetPasswordPage,
  SignInPage,
  TaxonomiesPage,
  TriagePage,
  UsersPage,
} from './lazy-pages';

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-out', element: <SignOutPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <SetPasswordPage purpose="reset" /> },
      { path: '/set-password', element: <SetPasswordPage purpose="invitation" /> },
    ],
  },
  {
    element: (
      <RequireSignedIn>
        <AppLayout />
      </RequireSignedIn>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: '/items', element: <ItemsPage /> },
      {
        path: '/items/new',
        element: (
          <RequireAccess access={PAGE_ACCESS.newItem}>
            <NewItemPage />
          </RequireAccess>
        ),
      },
      { path: '/items/:reference', element: <ItemPage /> },
      { path: '/items/:reference/edit', element: <EditItemPage /> },
      {
        path: '/triage',
        element: (
          <RequireAccess access={PAGE_ACCESS.triage}>
            <TriagePage />
          </RequireAccess>
        ),
      },
      { path: '/settings/notifications', element: <NotificationPreferencesPage /> },
      { path: '/insight', element: <InsightPage /> },
      {
        path: '/admin/import',
        element: (
          <RequireAccess access={PAGE_ACCESS.importItems}>
            <ImportPage />
          </RequireAccess>
        ),
      },
      { path: '/report', element: <ReportIndexPage /> },
      { path: '/report/:editionId', element: <ReportPage /> },
      { path: '/report/compare/:fromId/:toId', element: <EditionComparePage /> },
      {
        path: '/admin/taxonomies',
        element: (
          <RequireAccess access={PAGE_ACCESS.taxonomies}>
            <TaxonomiesPage />
          </RequireAccess>
        ),
      },
      {
        path: '/admin/users',
        element: (
          <RequireAccess access={PAGE_ACCESS.users}>
            <UsersPage />
          </RequireAccess>
        ),
      },
      {
        path: '/admin/organisations',
        element: (
          <RequireAccess access={PAGE_ACCESS.organisations}>
            <OrganisationsPage />
          </RequireAccess>
        ),
      },
      {
        path: '/admin/audit',
        element: (
          <RequireAccess access={PAGE_ACCESS.audit}>
            <AuditPage />
          </RequireAccess>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

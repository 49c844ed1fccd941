import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireStaff } from '../auth/RequireStaff';
import { lazyPage } from '../utils/lazyPage';

const CompanyMailboxPage = lazyPage(() => import('./CompanyMailboxPage'), 'CompanyMailboxPage');
const StaffThreadPage = lazyPage(() => import('./StaffThreadPage'), 'StaffThreadPage');

/** This area's pages (mounted inside the site layout by router.tsx). */
export const messagingRoutes: RouteObject[] = [
  {
    path: 'company/:companyId/mailbox',
    element: (
      <RequireAuth>
        <CompanyMailboxPage />
      </RequireAuth>
    ),
  },
  {
    path: 'staff/mailbox/:threadId',
    element: (
      <RequireStaff>
        <StaffThreadPage />
      </RequireStaff>
    ),
  },
];

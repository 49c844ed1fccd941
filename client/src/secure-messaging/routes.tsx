import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireStaff } from '../auth/RequireStaff';
import { CompanyMailboxPage } from './CompanyMailboxPage';
import { StaffThreadPage } from './StaffThreadPage';

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

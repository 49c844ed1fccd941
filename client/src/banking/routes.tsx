import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { BankAccountPage } from './BankAccountPage';

/** This area's pages (mounted inside the site layout by router.tsx). */
export const bankingRoutes: RouteObject[] = [
  {
    path: 'company/:companyId/bank-account',
    element: (
      <RequireAuth>
        <BankAccountPage />
      </RequireAuth>
    ),
  },
];

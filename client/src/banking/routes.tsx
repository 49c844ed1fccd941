import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const BankAccountPage = lazyPage(() => import('./BankAccountPage'), 'BankAccountPage');
const PartnerBanksAdminPage = lazyPage(() => import('./PartnerBanksAdminPage'), 'PartnerBanksAdminPage');

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
  {
    path: 'staff/partner-banks',
    element: (
      <RequireAnyRole roles={['admin']}>
        <PartnerBanksAdminPage />
      </RequireAnyRole>
    ),
  },
];

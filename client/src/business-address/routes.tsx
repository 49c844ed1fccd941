import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { BusinessAddressPage } from './BusinessAddressPage';

/** This area's pages (mounted inside the site layout by router.tsx). */
export const businessAddressRoutes: RouteObject[] = [
  {
    path: 'company/:companyId/business-address',
    element: (
      <RequireAuth>
        <BusinessAddressPage />
      </RequireAuth>
    ),
  },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const BusinessAddressPage = lazyPage(() => import('./BusinessAddressPage'), 'BusinessAddressPage');
const ServicePointsAdminPage = lazyPage(() => import('./ServicePointsAdminPage'), 'ServicePointsAdminPage');

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
  {
    path: 'staff/service-points',
    element: (
      <RequireAnyRole roles={['admin', 'staff_economic_development']}>
        <ServicePointsAdminPage />
      </RequireAnyRole>
    ),
  },
];

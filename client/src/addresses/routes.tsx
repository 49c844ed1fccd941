import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const AddressPoolsAdminPage = lazyPage(() => import('./AddressPoolsAdminPage'), 'AddressPoolsAdminPage');
const ResidentMailPage = lazyPage(() => import('./ResidentMailPage'), 'ResidentMailPage');

/** This area's pages (mounted inside the site layout by router.tsx). */
export const addressesRoutes: RouteObject[] = [
  {
    path: 'address/mail',
    element: (
      <RequireAuth>
        <ResidentMailPage />
      </RequireAuth>
    ),
  },
  {
    path: 'staff/address-pools',
    element: (
      <RequireAnyRole roles={['admin', 'staff_citizens_office']}>
        <AddressPoolsAdminPage />
      </RequireAnyRole>
    ),
  },
];

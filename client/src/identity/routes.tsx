import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { lazyPage } from '../utils/lazyPage';

const RolesAdminPage = lazyPage(() => import('./RolesAdminPage'), 'RolesAdminPage');

/** Identity's administration pages (mounted inside the site layout by router.tsx). */
export const roleAdministrationRoutes: RouteObject[] = [
  {
    path: 'staff/roles',
    element: (
      <RequireAnyRole roles={['admin']}>
        <RolesAdminPage />
      </RequireAnyRole>
    ),
  },
];

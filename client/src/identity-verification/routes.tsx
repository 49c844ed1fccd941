import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const IdentityPage = lazyPage(() => import('./IdentityPage'), 'IdentityPage');

/** This area's pages (mounted inside the site layout by router.tsx). */
export const identityRoutes: RouteObject[] = [
  {
    path: 'identity',
    element: (
      <RequireAuth>
        <IdentityPage />
      </RequireAuth>
    ),
  },
];

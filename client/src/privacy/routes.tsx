import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireStaff } from '../auth/RequireStaff';
import { lazyPage } from '../utils/lazyPage';

const MyDataPage = lazyPage(() => import('./MyDataPage'), 'MyDataPage');
const RecordsOfProcessingPage = lazyPage(() => import('./RecordsOfProcessingPage'), 'RecordsOfProcessingPage');

/** Privacy's pages (mounted by router.tsx): /account/privacy for everyone, /staff/privacy for staff. */
export const privacyRoutes: RouteObject[] = [
  {
    path: 'account/privacy',
    element: (
      <RequireAuth>
        <MyDataPage />
      </RequireAuth>
    ),
  },
  {
    path: 'staff/privacy',
    element: (
      <RequireStaff>
        <RecordsOfProcessingPage />
      </RequireStaff>
    ),
  },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const TradeRegistrationPage = lazyPage(() => import('./TradeRegistrationPage'), 'TradeRegistrationPage');

/** This area's pages (mounted inside the site layout by router.tsx). */
export const tradeRegistrationRoutes: RouteObject[] = [
  {
    path: 'company/:companyId/trade-registration',
    element: (
      <RequireAuth>
        <TradeRegistrationPage />
      </RequireAuth>
    ),
  },
];

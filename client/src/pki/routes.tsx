import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const CertificatePage = lazyPage(() => import('./CertificatePage'), 'CertificatePage');
const VerifySignaturePage = lazyPage(() => import('./VerifySignaturePage'), 'VerifySignaturePage');

/** This area's pages (mounted inside the site layout by router.tsx). */
export const pkiRoutes: RouteObject[] = [
  {
    path: 'company/:companyId/certificate',
    element: (
      <RequireAuth>
        <CertificatePage />
      </RequireAuth>
    ),
  },
  { path: 'verify-signature', element: <VerifySignaturePage /> },
];

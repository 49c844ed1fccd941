import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { CompaniesPage } from './CompaniesPage';
import { CompanyJourneyPage } from './CompanyJourneyPage';
import { CompanyProfilePage } from './CompanyProfilePage';
import { EstablishmentPage } from './EstablishmentPage';
import { GrowthPage } from './GrowthPage';
import { InvitationPage } from './InvitationPage';
import { NewCompanyPage } from './NewCompanyPage';

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** This area's pages (mounted inside the site layout by router.tsx). */
export const companyRoutes: RouteObject[] = [
  { path: 'company', element: signedIn(<CompaniesPage />) },
  { path: 'company/new', element: signedIn(<NewCompanyPage />) },
  { path: 'company/invitation', element: signedIn(<InvitationPage />) },
  { path: 'company/:companyId', element: signedIn(<CompanyJourneyPage />) },
  { path: 'company/:companyId/profile', element: signedIn(<CompanyProfilePage />) },
  { path: 'company/:companyId/establishment', element: signedIn(<EstablishmentPage />) },
  { path: 'company/:companyId/growth', element: signedIn(<GrowthPage />) },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const CompaniesPage = lazyPage(() => import('./CompaniesPage'), 'CompaniesPage');
const CompanyJourneyPage = lazyPage(() => import('./CompanyJourneyPage'), 'CompanyJourneyPage');
const CompanyProfilePage = lazyPage(() => import('./CompanyProfilePage'), 'CompanyProfilePage');
const EstablishmentPage = lazyPage(() => import('./EstablishmentPage'), 'EstablishmentPage');
const GrowthPage = lazyPage(() => import('./GrowthPage'), 'GrowthPage');
const InvitationPage = lazyPage(() => import('./InvitationPage'), 'InvitationPage');
const NewCompanyPage = lazyPage(() => import('./NewCompanyPage'), 'NewCompanyPage');

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

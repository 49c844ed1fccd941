import { type RouteObject, createBrowserRouter } from 'react-router-dom';
import { CataloguesReady } from './i18n/CataloguesReady';
import { RequireAuth } from './auth/RequireAuth';
import { RequireStaff } from './auth/RequireStaff';
import { Layout } from './layout/Layout';
import { LandingPage } from './pages/LandingPage';
import { RequireVenueOperator } from './venues/RequireVenueOperator';
import { identityRoutes } from './identity-verification/routes';
import { companyRoutes } from './companies/routes';
import { tradeRegistrationRoutes } from './trade-registration/routes';
import { businessAddressRoutes } from './business-address/routes';
import { bankingRoutes } from './banking/routes';
import { pkiRoutes } from './pki/routes';
import { messagingRoutes } from './secure-messaging/routes';
import { participationRoutes } from './participation/routes';
import { appointmentsRoutes } from './appointments/routes';
import { consultationsRoutes } from './consultations/routes';
import { privacyRoutes } from './privacy/routes';
import { addressesRoutes } from './addresses/routes';
import { legalRoutes } from './legal/routes';
import { kioskRoutes } from './kiosk/routes';
import { roleAdministrationRoutes } from './identity/routes';
import { lazyPage } from './utils/lazyPage';

const NotificationsPage = lazyPage(() => import('./notifications/NotificationsPage'), 'NotificationsPage');
const CardPage = lazyPage(() => import('./cards/CardPage'), 'CardPage');
const AccountPage = lazyPage(() => import('./identity/AccountPage'), 'AccountPage');
const ReceiptsPage = lazyPage(() => import('./payments/ReceiptsPage'), 'ReceiptsPage');
const SandboxCheckoutPage = lazyPage(() => import('./payments/SandboxCheckoutPage'), 'SandboxCheckoutPage');
const ForgotPasswordPage = lazyPage(() => import('./identity/ForgotPasswordPage'), 'ForgotPasswordPage');
const LoginEidPage = lazyPage(() => import('./identity/LoginEidPage'), 'LoginEidPage');
const LoginPage = lazyPage(() => import('./identity/LoginPage'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const RegisterPage = lazyPage(() => import('./identity/RegisterPage'), 'RegisterPage');
const ResetPasswordPage = lazyPage(() => import('./identity/ResetPasswordPage'), 'ResetPasswordPage');
const StaffPage = lazyPage(() => import('./pages/StaffPage'), 'StaffPage');
const ApplicationPage = lazyPage(() => import('./residency/ApplicationPage'), 'ApplicationPage');
const ApplyPage = lazyPage(() => import('./residency/ApplyPage'), 'ApplyPage');
const ResidencyPage = lazyPage(() => import('./residency/ResidencyPage'), 'ResidencyPage');
const CasePage = lazyPage(() => import('./backoffice/CasePage'), 'CasePage');
const PaymentDetailPage = lazyPage(() => import('./backoffice/PaymentsPage'), 'PaymentDetailPage');
const PaymentsPage = lazyPage(() => import('./backoffice/PaymentsPage'), 'PaymentsPage');
const VerifyEmailPage = lazyPage(() => import('./identity/VerifyEmailPage'), 'VerifyEmailPage');
const EligibleOffersPage = lazyPage(() => import('./venues/EligibleOffersPage'), 'EligibleOffersPage');
const ScanRoute = lazyPage(() => import('./venues/scan/ScanRoute'), 'ScanRoute');
const VenuePage = lazyPage(() => import('./venues/VenuePage'), 'VenuePage');
const StatisticsPage = lazyPage(() => import('./venues/StatisticsPage'), 'StatisticsPage');
const StaffVenuesPage = lazyPage(() => import('./venues/StaffVenuesPage'), 'StaffVenuesPage');
const VenueApplyPage = lazyPage(() => import('./venues/VenueApplyPage'), 'VenueApplyPage');
const VenueInvitationPage = lazyPage(() => import('./venues/VenueInvitationPage'), 'VenueInvitationPage');
const OfficeStatisticsPage = lazyPage(() => import('./backoffice/StatisticsPage'), 'StatisticsPage');

/**
 * Every page but the landing page shows once all catalogues of the language are there (fetched with
 * the first such page; the landing page needs only START_TEXTS, client/src/i18n/startTexts.ts).
 */
function waitForAllCatalogues(route: RouteObject): RouteObject {
  if (route.element) return { ...route, element: <CataloguesReady>{route.element}</CataloguesReady> } as RouteObject;
  return route.children ? ({ ...route, children: route.children.map(waitForAllCatalogues) } as RouteObject) : route;
}

function withAllCatalogues(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => (route.index ? route : waitForAllCatalogues(route)));
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: withAllCatalogues([
      { index: true, element: <LandingPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'login/eid', element: <LoginEidPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'account',
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      // Not behind RequireAuth: offline or signed out, the card stored on this device still shows.
      { path: 'card', element: <CardPage /> },
      {
        path: 'notifications',
        element: (
          <RequireAuth>
            <NotificationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'account/receipts',
        element: (
          <RequireAuth>
            <ReceiptsPage />
          </RequireAuth>
        ),
      },
      // Public like a payment service's hosted checkout: the unguessable session id is the key.
      { path: 'sandbox/checkout/:sessionId', element: <SandboxCheckoutPage /> },
      {
        path: 'residency',
        element: (
          <RequireAuth>
            <ResidencyPage />
          </RequireAuth>
        ),
      },
      {
        path: 'residency/apply',
        element: (
          <RequireAuth>
            <ApplyPage />
          </RequireAuth>
        ),
      },
      {
        path: 'residency/applications/:id',
        element: (
          <RequireAuth>
            <ApplicationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'staff/cases/:id',
        element: (
          <RequireStaff>
            <CasePage />
          </RequireStaff>
        ),
      },
      {
        path: 'staff',
        element: (
          <RequireStaff>
            <StaffPage />
          </RequireStaff>
        ),
      },
      {
        path: 'staff/payments',
        element: (
          <RequireStaff>
            <PaymentsPage />
          </RequireStaff>
        ),
      },
      {
        path: 'staff/payments/:id',
        element: (
          <RequireStaff>
            <PaymentDetailPage />
          </RequireStaff>
        ),
      },
      {
        path: 'offers',
        element: (
          <RequireAuth>
            <EligibleOffersPage />
          </RequireAuth>
        ),
      },
      {
        path: 'venue',
        element: (
          <RequireVenueOperator>
            <VenuePage />
          </RequireVenueOperator>
        ),
      },
      {
        path: 'venue/apply',
        element: (
          <RequireAuth>
            <VenueApplyPage />
          </RequireAuth>
        ),
      },
      {
        path: 'venue/invitation',
        element: (
          <RequireAuth>
            <VenueInvitationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'staff/venues',
        element: (
          <RequireStaff>
            <StaffVenuesPage />
          </RequireStaff>
        ),
      },
      // Not behind RequireVenueOperator: offline, the keys and status list kept on this device still verify.
      { path: 'venue/scan', element: <ScanRoute /> },
      {
        path: 'venue/statistics',
        element: (
          <RequireVenueOperator>
            <StatisticsPage />
          </RequireVenueOperator>
        ),
      },
      {
        // Not RequireStaff: communication staff see their figures too; the page checks the roles.
        path: 'staff/statistics',
        element: (
          <RequireAuth>
            <OfficeStatisticsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'staff/venue-statistics',
        element: (
          <RequireStaff>
            <StatisticsPage />
          </RequireStaff>
        ),
      },
      ...identityRoutes,
      ...companyRoutes,
      ...tradeRegistrationRoutes,
      ...businessAddressRoutes,
      ...bankingRoutes,
      ...pkiRoutes,
      ...messagingRoutes,
      ...participationRoutes,
      ...appointmentsRoutes,
      ...consultationsRoutes,
      ...privacyRoutes,
      ...addressesRoutes,
      ...legalRoutes,
      ...kioskRoutes,
      ...roleAdministrationRoutes,
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
]);

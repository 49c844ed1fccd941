import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './auth/RequireAuth';
import { RequireStaff } from './auth/RequireStaff';
import { NotificationsPage } from './notifications/NotificationsPage';
import { CardPage } from './cards/CardPage';
import { Layout } from './layout/Layout';
import { AccountPage } from './identity/AccountPage';
import { ReceiptsPage } from './payments/ReceiptsPage';
import { SandboxCheckoutPage } from './payments/SandboxCheckoutPage';
import { ForgotPasswordPage } from './identity/ForgotPasswordPage';
import { LandingPage } from './pages/LandingPage';
import { LoginEidPage } from './identity/LoginEidPage';
import { LoginPage } from './identity/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './identity/RegisterPage';
import { ResetPasswordPage } from './identity/ResetPasswordPage';
import { StaffPage } from './pages/StaffPage';
import { ApplicationPage } from './residency/ApplicationPage';
import { ApplyPage } from './residency/ApplyPage';
import { ResidencyPage } from './residency/ResidencyPage';
import { CasePage } from './backoffice/CasePage';
import { PaymentDetailPage, PaymentsPage } from './backoffice/PaymentsPage';
import { VerifyEmailPage } from './identity/VerifyEmailPage';
import { EligibleOffersPage } from './venues/EligibleOffersPage';
import { RequireVenueOperator } from './venues/RequireVenueOperator';
import { ScanRoute } from './venues/scan/ScanRoute';
import { VenuePage } from './venues/VenuePage';
import { StatisticsPage } from './venues/StatisticsPage';
import { identityRoutes } from './identity-verification/routes';
import { companyRoutes } from './companies/routes';
import { tradeRegistrationRoutes } from './trade-registration/routes';
import { businessAddressRoutes } from './business-address/routes';
import { bankingRoutes } from './banking/routes';
import { pkiRoutes } from './pki/routes';
import { messagingRoutes } from './secure-messaging/routes';
import { participationRoutes } from './participation/routes';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

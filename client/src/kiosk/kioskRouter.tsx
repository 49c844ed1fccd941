import { createMemoryRouter } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';
import { KioskLayout } from './KioskLayout';
import { KioskLanguagePage } from './KioskLanguagePage';
import { KioskMenuPage } from './KioskMenuPage';
import { KioskNotAvailablePage } from './KioskNotAvailablePage';

const KioskAboutPage = lazyPage(() => import('./KioskAboutPage'), 'KioskAboutPage');
const KioskCreateAccountPage = lazyPage(() => import('./KioskCreateAccountPage'), 'KioskCreateAccountPage');
const KioskSignInPage = lazyPage(() => import('./KioskSignInPage'), 'KioskSignInPage');
const KioskAppointmentsPage = lazyPage(() => import('./KioskAppointmentsPage'), 'KioskAppointmentsPage');
// The platform's own pages, inside the kiosk frame (their links to each other keep working here).
const NewsPage = lazyPage(() => import('../participation/news/NewsPage'), 'NewsPage');
const NewsArticlePage = lazyPage(() => import('../participation/news/NewsArticlePage'), 'NewsArticlePage');
const EventsPage = lazyPage(() => import('../participation/events/EventsPage'), 'EventsPage');
const EventPage = lazyPage(() => import('../participation/events/EventPage'), 'EventPage');
const ResidencyPage = lazyPage(() => import('../residency/ResidencyPage'), 'ResidencyPage');
const ApplyPage = lazyPage(() => import('../residency/ApplyPage'), 'ApplyPage');
const ApplicationPage = lazyPage(() => import('../residency/ApplicationPage'), 'ApplicationPage');
const KioskCallStaffPage = lazyPage(() => import('../consultations/KioskCallStaffPage'), 'KioskCallStaffPage');
const ConsultationRoomPage = lazyPage(() => import('../consultations/ConsultationRoomPage'), 'ConsultationRoomPage');

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/**
 * The kiosk's routes in a memory router: steps are never entries of the browser's history, so "back"
 * in the browser can never lead to a person's page, and a wipe leaves no history behind.
 */
export function createKioskRouter() {
  return createMemoryRouter(
    [
      {
        element: <KioskLayout />,
        children: [
          { path: 'kiosk', element: <KioskLanguagePage /> },
          { path: 'kiosk/menu', element: <KioskMenuPage /> },
          { path: 'kiosk/about', element: <KioskAboutPage /> },
          { path: 'kiosk/sign-in', element: <KioskSignInPage /> },
          { path: 'login', element: <KioskSignInPage /> },
          { path: 'kiosk/create-account', element: <KioskCreateAccountPage /> },
          { path: 'register', element: <KioskCreateAccountPage /> },
          // Signed out, the sign-in step comes first and returns here (`next`).
          { path: 'kiosk/appointments', element: signedIn(<KioskAppointmentsPage />) },
          // Calling staff needs no account: signed out, the terminal itself calls (and is in the room).
          { path: 'kiosk/call-staff', element: <KioskCallStaffPage /> },
          { path: 'consultations/talk-now', element: <KioskCallStaffPage /> },
          { path: 'consultations/:bookingId', element: <ConsultationRoomPage /> },
          { path: 'news', element: <NewsPage /> },
          { path: 'news/:id', element: <NewsArticlePage /> },
          { path: 'events', element: signedIn(<EventsPage />) },
          { path: 'events/:id', element: signedIn(<EventPage />) },
          { path: 'residency', element: signedIn(<ResidencyPage />) },
          { path: 'residency/apply', element: signedIn(<ApplyPage />) },
          { path: 'residency/applications/:id', element: signedIn(<ApplicationPage />) },
          { path: '*', element: <KioskNotAvailablePage /> },
        ],
      },
    ],
    { initialEntries: ['/kiosk'] },
  );
}

import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../../auth/RequireAuth';
import { RequireCommunicationStaff } from '../RequireCommunicationStaff';
import { lazyPage } from '../../utils/lazyPage';

const CheckInPage = lazyPage(() => import('./CheckInPage'), 'CheckInPage');
const EventPage = lazyPage(() => import('./EventPage'), 'EventPage');
const EventsPage = lazyPage(() => import('./EventsPage'), 'EventsPage');
const StaffEventPage = lazyPage(() => import('./StaffEventPage'), 'StaffEventPage');
const StaffNewEventPage = lazyPage(() => import('./StaffEventPage'), 'StaffNewEventPage');
const StaffEventsPage = lazyPage(() => import('./StaffEventsPage'), 'StaffEventsPage');

const staff = (element: React.ReactNode) => <RequireCommunicationStaff>{element}</RequireCommunicationStaff>;
const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** Participation's events pages (collected in ../routes.tsx). */
export const eventsRoutes: RouteObject[] = [
  { path: 'events', element: signedIn(<EventsPage />) },
  { path: 'events/:id', element: signedIn(<EventPage />) },
  { path: 'staff/participation/events', element: staff(<StaffEventsPage />) },
  { path: 'staff/participation/events/new', element: staff(<StaffNewEventPage />) },
  { path: 'staff/participation/events/:id', element: staff(<StaffEventPage />) },
  { path: 'staff/participation/events/:id/check-in', element: staff(<CheckInPage />) },
];

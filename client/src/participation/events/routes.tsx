import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../../auth/RequireAuth';
import { RequireCommunicationStaff } from '../RequireCommunicationStaff';
import { CheckInPage } from './CheckInPage';
import { EventPage } from './EventPage';
import { EventsPage } from './EventsPage';
import { StaffEventPage, StaffNewEventPage } from './StaffEventPage';
import { StaffEventsPage } from './StaffEventsPage';

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

import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const BookAppointmentPage = lazyPage(() => import('./BookAppointmentPage'), 'BookAppointmentPage');
const MyAppointmentsPage = lazyPage(() => import('./MyAppointmentsPage'), 'MyAppointmentsPage');
const ManageAppointmentPage = lazyPage(() => import('./ManageAppointmentPage'), 'ManageAppointmentPage');
const StaffAppointmentDayPage = lazyPage(() => import('./StaffAppointmentDayPage'), 'StaffAppointmentDayPage');
const StaffAvailabilityPage = lazyPage(() => import('./StaffAvailabilityPage'), 'StaffAvailabilityPage');
const StaffHomeVisitsPage = lazyPage(() => import('./StaffHomeVisitsPage'), 'StaffHomeVisitsPage');

const OFFICE_STAFF = ['staff_citizens_office', 'staff_economic_development', 'admin'] as const;
const staff = (element: React.ReactNode) => <RequireAnyRole roles={OFFICE_STAFF}>{element}</RequireAnyRole>;

/** Appointments' pages (mounted by router.tsx). The link in e-mails (/appointments/manage) works signed out. */
export const appointmentsRoutes: RouteObject[] = [
  {
    path: 'appointments',
    element: (
      <RequireAuth>
        <MyAppointmentsPage />
      </RequireAuth>
    ),
  },
  {
    path: 'appointments/book',
    element: (
      <RequireAuth>
        <BookAppointmentPage />
      </RequireAuth>
    ),
  },
  { path: 'appointments/manage', element: <ManageAppointmentPage /> },
  { path: 'staff/appointments', element: staff(<StaffAppointmentDayPage />) },
  { path: 'staff/appointments/availability', element: staff(<StaffAvailabilityPage />) },
  { path: 'staff/appointments/visits', element: staff(<StaffHomeVisitsPage />) },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAnyRole } from '../auth/RequireAnyRole';
import { RequireAuth } from '../auth/RequireAuth';
import { lazyPage } from '../utils/lazyPage';

const ConsultationRoomPage = lazyPage(() => import('./ConsultationRoomPage'), 'ConsultationRoomPage');
const TalkNowPage = lazyPage(() => import('./TalkNowPage'), 'TalkNowPage');
const TalkNowDeskPage = lazyPage(() => import('./TalkNowDeskPage'), 'TalkNowDeskPage');

const OFFICE_STAFF = ['staff_citizens_office', 'staff_economic_development', 'admin'] as const;

/** The video room of an appointment or a talk-now call, talk now and the staff desk (mounted by router.tsx); the server decides who may. */
export const consultationsRoutes: RouteObject[] = [
  {
    path: 'consultations/talk-now',
    element: (
      <RequireAuth>
        <TalkNowPage />
      </RequireAuth>
    ),
  },
  {
    path: 'staff/talk-now',
    element: (
      <RequireAnyRole roles={OFFICE_STAFF}>
        <TalkNowDeskPage />
      </RequireAnyRole>
    ),
  },
  {
    path: 'consultations/:bookingId',
    element: (
      <RequireAuth>
        <ConsultationRoomPage />
      </RequireAuth>
    ),
  },
];

import type { RouteObject } from 'react-router-dom';
import { eventsRoutes } from './events/routes';
import { newsRoutes } from './news/routes';
import { RequireCommunicationStaff } from './RequireCommunicationStaff';
import { surveysRoutes } from './surveys/routes';
import { lazyPage } from '../utils/lazyPage';

const StaffParticipationPage = lazyPage(() => import('./StaffParticipationPage'), 'StaffParticipationPage');

/**
 * Participation's pages (mounted by router.tsx). Residents: /news, /events, /surveys. Communication
 * staff: /staff/participation and below it /news, /events, /surveys.
 */
export const participationRoutes: RouteObject[] = [
  {
    path: 'staff/participation',
    element: (
      <RequireCommunicationStaff>
        <StaffParticipationPage />
      </RequireCommunicationStaff>
    ),
  },
  ...newsRoutes,
  ...eventsRoutes,
  ...surveysRoutes,
];

import type { RouteObject } from 'react-router-dom';
import { eventsRoutes } from './events/routes';
import { newsRoutes } from './news/routes';
import { RequireCommunicationStaff } from './RequireCommunicationStaff';
import { StaffParticipationPage } from './StaffParticipationPage';
import { surveysRoutes } from './surveys/routes';

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

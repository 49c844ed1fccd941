import type { RouteObject } from 'react-router-dom';

/** Participation's events pages (collected in ../routes.tsx). */
export const eventsRoutes: RouteObject[] = [];

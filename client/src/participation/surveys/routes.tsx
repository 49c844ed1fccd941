import type { RouteObject } from 'react-router-dom';

/** Participation's surveys pages (collected in ../routes.tsx). */
export const surveysRoutes: RouteObject[] = [];

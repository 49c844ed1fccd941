import type { RouteObject } from 'react-router-dom';

/** Participation's news pages (collected in ../routes.tsx). */
export const newsRoutes: RouteObject[] = [];

import type { RouteObject } from 'react-router-dom';

/** This area's pages (mounted inside the site layout by router.tsx). */
export const identityRoutes: RouteObject[] = [];

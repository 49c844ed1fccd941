import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../utils/lazyPage';

const AccessibilityPage = lazyPage(() => import('./AccessibilityPage'), 'AccessibilityPage');
const LegalNoticePage = lazyPage(() => import('./LegalNoticePage'), 'LegalNoticePage');
const PrivacyPage = lazyPage(() => import('./PrivacyPage'), 'PrivacyPage');

/** The legal pages, open to everyone and linked from every page's footer. */
export const legalRoutes: RouteObject[] = [
  { path: 'legal-notice', element: <LegalNoticePage /> },
  { path: 'privacy', element: <PrivacyPage /> },
  { path: 'accessibility', element: <AccessibilityPage /> },
];

import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../../auth/RequireAuth';
import { RequireCommunicationStaff } from '../RequireCommunicationStaff';
import { lazyPage } from '../../utils/lazyPage';

const NewsArticlePage = lazyPage(() => import('./NewsArticlePage'), 'NewsArticlePage');
const NewsPage = lazyPage(() => import('./NewsPage'), 'NewsPage');
const NewsPreferencesPage = lazyPage(() => import('./NewsPreferencesPage'), 'NewsPreferencesPage');
const NewsUnsubscribePage = lazyPage(() => import('./NewsUnsubscribePage'), 'NewsUnsubscribePage');
const StaffNewsEditorPage = lazyPage(() => import('./StaffNewsEditorPage'), 'StaffNewsEditorPage');
const StaffNewsListPage = lazyPage(() => import('./StaffNewsListPage'), 'StaffNewsListPage');

const staff = (element: ReactElement) => <RequireCommunicationStaff>{element}</RequireCommunicationStaff>;

/** Participation's news pages (collected in ../routes.tsx). /news and its articles also signed out. */
export const newsRoutes: RouteObject[] = [
  { path: 'news', element: <NewsPage /> },
  {
    path: 'news/preferences',
    element: (
      <RequireAuth>
        <NewsPreferencesPage />
      </RequireAuth>
    ),
  },
  { path: 'news/unsubscribe', element: <NewsUnsubscribePage /> },
  { path: 'news/:id', element: <NewsArticlePage /> },
  { path: 'staff/participation/news', element: staff(<StaffNewsListPage />) },
  { path: 'staff/participation/news/new', element: staff(<StaffNewsEditorPage />) },
  { path: 'staff/participation/news/:id/edit', element: staff(<StaffNewsEditorPage />) },
];

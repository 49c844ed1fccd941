import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../../auth/RequireAuth';
import { RequireCommunicationStaff } from '../RequireCommunicationStaff';
import { NewsArticlePage } from './NewsArticlePage';
import { NewsPage } from './NewsPage';
import { NewsPreferencesPage } from './NewsPreferencesPage';
import { NewsUnsubscribePage } from './NewsUnsubscribePage';
import { StaffNewsEditorPage } from './StaffNewsEditorPage';
import { StaffNewsListPage } from './StaffNewsListPage';

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

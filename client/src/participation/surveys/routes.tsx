import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../../auth/RequireAuth';
import { RequireCommunicationStaff } from '../RequireCommunicationStaff';
import { lazyPage } from '../../utils/lazyPage';

const StaffNewSurveyPage = lazyPage(() => import('./StaffSurveyEditorPage'), 'StaffNewSurveyPage');
const StaffSurveyEditorPage = lazyPage(() => import('./StaffSurveyEditorPage'), 'StaffSurveyEditorPage');
const StaffSurveyResultsPage = lazyPage(() => import('./StaffSurveyResultsPage'), 'StaffSurveyResultsPage');
const StaffSurveysPage = lazyPage(() => import('./StaffSurveysPage'), 'StaffSurveysPage');
const SurveyPage = lazyPage(() => import('./SurveyPage'), 'SurveyPage');
const SurveysPage = lazyPage(() => import('./SurveysPage'), 'SurveysPage');

const staff = (element: React.ReactNode) => <RequireCommunicationStaff>{element}</RequireCommunicationStaff>;
const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** Participation's surveys pages (collected in ../routes.tsx). */
export const surveysRoutes: RouteObject[] = [
  { path: 'surveys', element: signedIn(<SurveysPage />) },
  { path: 'surveys/:id', element: signedIn(<SurveyPage />) },
  { path: 'staff/participation/surveys', element: staff(<StaffSurveysPage />) },
  { path: 'staff/participation/surveys/new', element: staff(<StaffNewSurveyPage />) },
  { path: 'staff/participation/surveys/:id', element: staff(<StaffSurveyEditorPage />) },
  { path: 'staff/participation/surveys/:id/results', element: staff(<StaffSurveyResultsPage />) },
];

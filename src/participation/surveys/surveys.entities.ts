import { Survey, SurveyParticipation, SurveyResponse } from './survey.entities.js';

/** The TypeORM entities of participation's surveys (collected in ../participation.entities.ts). */
export const SURVEYS_ENTITIES: Function[] = [Survey, SurveyParticipation, SurveyResponse];

import type { Provider, Type } from '@nestjs/common';
import { SurveyDemoSeed } from './survey-demo-seed.js';
import { SurveyResultsService } from './survey-results.service.js';
import { SurveysService } from './surveys.service.js';

/** Nest providers of participation's surveys (collected in ../participation.module.ts). */
export const SURVEYS_PROVIDERS: Provider[] = [SurveysService, SurveyResultsService, SurveyDemoSeed];
/** REST controllers of participation's surveys, if any. */
export const SURVEYS_CONTROLLERS: Type[] = [];

import type { Type } from '@nestjs/common';
import { SurveysResolver } from './surveys.resolver.js';

/** The GraphQL resolvers of participation's surveys (collected in ../participation.resolvers.ts). */
export const SURVEYS_RESOLVERS: Type[] = [SurveysResolver];

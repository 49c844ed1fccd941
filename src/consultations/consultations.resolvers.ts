import type { Type } from '@nestjs/common';
import { ConsultationsResolver } from './consultations.resolver.js';
import { TalkNowResolver } from './talk-now.resolver.js';

/** The GraphQL resolvers of the consultations domain (for the schema CLI, through src/domains.ts). */
export const CONSULTATIONS_RESOLVERS: Type[] = [ConsultationsResolver, TalkNowResolver];

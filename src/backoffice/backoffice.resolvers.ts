import { BackofficeCaseResolver } from './backoffice-case.resolver.js';
import { BackofficeCaseFieldsResolver } from './backoffice-case-fields.resolver.js';
import { CaseEventFieldsResolver } from './case-event-fields.resolver.js';
import { QueueLiveResolver } from './queue-live.resolver.js';
import { OfficeStatisticsResolver } from './statistics/office-statistics.resolver.js';

/** The GraphQL resolvers of the backoffice domain (for the schema CLI, through src/domains.ts). */
export const BACKOFFICE_RESOLVERS = [
  BackofficeCaseResolver,
  BackofficeCaseFieldsResolver,
  CaseEventFieldsResolver,
  OfficeStatisticsResolver,
  QueueLiveResolver,
];

/** The public surface of the backoffice domain: what other domains and the composition point (src/domains.ts) may use. */
export { BackofficeModule } from './backoffice.module.js';
export { BACKOFFICE_ENTITIES } from './backoffice.entities.js';
export { BACKOFFICE_RESOLVERS } from './backoffice.resolvers.js';
export { CaseDecisionOutcome, type CaseDecision } from './case-decision.js';
export { CaseEventType } from './case-event-type.js';
export { type CaseKindHandler } from './case-kind-handler.js';
export { CaseKindRegistry } from './case-kind-registry.js';
export { CaseQueue, type ApplicantCase } from './case-queue.js';
export { BackofficeCaseStatus } from './backoffice-case-status.js';
export { BackofficeCaseModel } from './models/backoffice-case.model.js';
export {
  periodSql,
  pivot,
  StatisticsRegistry,
  type StatisticsPeriod,
  type StatisticsSource,
  type StatisticTable,
} from './statistics/statistics-registry.js';

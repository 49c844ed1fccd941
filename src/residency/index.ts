/** The public surface of the residency domain: virtual residencies, their applications and events. */
export { ResidencyModule } from './residency.module.js';
export { ResidencyService, type ActiveResidency } from './residency.service.js';
export { ResidencyCategory } from './residency-category.js';
export { RESIDENCY_APPROVED, RESIDENCY_ENDED, type ResidencyEventPayload } from './residency-events.js';
export { RESIDENCY_ENTITIES } from './residency.entities.js';
export { RESIDENCY_RESOLVERS } from './residency.resolvers.js';
export { ResidencyDemoSeed } from './residency-demo-seed.js';
export { ResidencyStatistics } from './residency-statistics.js';

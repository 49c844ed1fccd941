/** The public surface of the venues domain: what other domains and the composition point (src/domains.ts) may use. */
export { VenuesModule } from './venues.module.js';
export { partnerOpenApi31 } from './partner/partner-openapi.js';
export { VENUES_ENTITIES } from './venues.entities.js';
export { VENUES_RESOLVERS } from './venues.resolvers.js';
export { VenuesStatistics } from './venues-statistics.js';

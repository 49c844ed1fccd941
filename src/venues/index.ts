/** The public surface of the venues domain: what other domains and the composition point (src/domains.ts) may use. */
export { VenuesModule } from './venues.module.js';
export { VENUES_ENTITIES } from './venues.entities.js';
export { VENUES_RESOLVERS } from './venues.resolvers.js';

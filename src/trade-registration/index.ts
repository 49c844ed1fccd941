/** The public surface of the trade-registration domain: what other domains and the composition point (src/domains.ts) may use. */
export { TradeRegistrationModule } from './trade-registration.module.js';
export { TRADE_REGISTRATION_ENTITIES } from './trade-registration.entities.js';
export { TRADE_REGISTRATION_RESOLVERS } from './trade-registration.resolvers.js';
export { TradeRegistrationDirectory } from './trade-registration-directory.service.js';
export { TradeRegistrationStatistics } from './trade-registration-statistics.js';

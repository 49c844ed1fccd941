/** The public surface of the privacy domain: people's data rights over every domain's personal data sources. */
export { PrivacyModule } from './privacy.module.js';
export { RetentionService } from './retention.service.js';
export { PRIVACY_RESOLVERS } from './privacy.resolvers.js';

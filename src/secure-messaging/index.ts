/** The public surface of the secure-messaging domain: what other domains and the composition point (src/domains.ts) may use. */
export { SecureMessagingModule } from './secure-messaging.module.js';
export { SECURE_MESSAGING_ENTITIES } from './secure-messaging.entities.js';
export { SECURE_MESSAGING_RESOLVERS } from './secure-messaging.resolvers.js';

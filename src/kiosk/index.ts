/** The public surface of the kiosk domain: self-service terminals in local centres and the hand-over to a phone. */
export { KioskModule } from './kiosk.module.js';
export { KIOSK_ENTITIES } from './kiosk.entities.js';
export { KIOSK_RESOLVERS } from './kiosk.resolvers.js';

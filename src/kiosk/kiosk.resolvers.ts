import { KioskResolver } from './kiosk.resolver.js';

/** The GraphQL resolvers of the kiosk domain (for the schema CLI, through src/domains.ts). */
export const KIOSK_RESOLVERS = [KioskResolver];

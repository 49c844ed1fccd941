import { VenuesResolver } from './venues.resolver.js';

/** The GraphQL resolvers of the venues domain (for the schema CLI, through src/domains.ts). */
export const VENUES_RESOLVERS = [VenuesResolver];

import { PaymentsResolver } from './payments.resolver.js';

/** The GraphQL resolvers of the payments domain (for the schema CLI, through src/domains.ts). */
export const PAYMENTS_RESOLVERS = [PaymentsResolver];

import { LegalResolver } from './legal.resolver.js';

/** The GraphQL resolvers of the legal domain (for the schema CLI, through src/domains.ts). */
export const LEGAL_RESOLVERS = [LegalResolver];

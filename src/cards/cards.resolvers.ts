import { CardsResolver } from './cards.resolver.js';

/** The GraphQL resolvers of the cards domain (for the schema CLI, through src/domains.ts). */
export const CARDS_RESOLVERS = [CardsResolver];

import { CardsResolver } from './cards.resolver.js';
import { WalletOfferResolver } from './openid4vci/wallet-offer.resolver.js';

/** The GraphQL resolvers of the cards domain (for the schema CLI, through src/domains.ts). */
export const CARDS_RESOLVERS = [CardsResolver, WalletOfferResolver];

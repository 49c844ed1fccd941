/**
 * The public surface of the cards domain: citizen cards, their issuer keys and status list, and the
 * holder's card entitlement (`CitizenCardService.suspendEntitlement`, e.g. when the card fee is refunded).
 */
export { CardsModule } from './cards.module.js';
export { CitizenCardService } from './citizen-card.service.js';
export { StatusListService } from './status-list.service.js';
export { CardIssuerService } from './issuer/card-issuer.service.js';
export { CardCodeVerifier } from './card-code-verifier.js';
export { CardEntitlementStatus } from './entities/card-entitlement.entity.js';
export { CardHolderLookup, type CardHolderLookupResult } from './card-holder-lookup.js';
export { CARDS_ENTITIES } from './cards.entities.js';
export { CARDS_RESOLVERS } from './cards.resolvers.js';
export { CardsStatistics } from './cards-statistics.js';

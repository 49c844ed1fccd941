import { CardIssuerKey } from './entities/card-issuer-key.entity.js';
import { CitizenCard } from './entities/citizen-card.entity.js';
import { CardCredential } from './entities/card-credential.entity.js';
import { CardRequest } from './entities/card-request.entity.js';
import { CardEntitlement } from './entities/card-entitlement.entity.js';
import { CardCredentialOffer } from './openid4vci/card-credential-offer.entity.js';

/** The TypeORM entities of the cards domain (registered once, in src/domains.ts). */
export const CARDS_ENTITIES = [CardIssuerKey, CitizenCard, CardCredential, CardRequest, CardEntitlement, CardCredentialOffer];

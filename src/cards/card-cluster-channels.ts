/** Cluster events (src/common/cluster-events) of the cards domain: caches every process drops. */

/** A card's, credential's or entitlement's status changed, or cards were issued: the status lists are stale. */
export const CARD_STATUS_CHANGED = 'cards.status_changed';

/** The card-issuer keys were rotated: signing keys, the JWKS and everything signed with them are stale. */
export const CARD_ISSUER_KEYS_ROTATED = 'cards.issuer_keys_rotated';

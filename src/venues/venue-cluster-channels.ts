/** Cluster events (src/common/cluster-events) of the venues domain: caches every process drops. */

/** `{ venueId }`: the venue's offers changed; the offer catalogue reloads them. */
export const VENUE_OFFERS_CHANGED = 'venues.offers_changed';

/** `{ keyId }` or `{ venueId }`: an API key was revoked or a venue's state changed; the key cache forgets them. */
export const VENUE_API_KEYS_CHANGED = 'venues.api_keys_changed';

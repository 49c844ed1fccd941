import type { District } from '../addresses/index.js';
import { domainEvent } from '../common/events/domain-event.js';
import type { ResidencyCategory } from './residency-category.js';

/** Payload of both events. `validUntil` is an ISO 8601 instant. */
export interface ResidencyEventPayload {
  accountId: string;
  residencyId: string;
  categories: ResidencyCategory[];
  district: District;
  validUntil: string;
}

/** Published in the approving transaction; delivered after commit, at least once. */
export const RESIDENCY_APPROVED = domainEvent<ResidencyEventPayload>('residency.approved');
/** Published in the transaction that ends a residency (e.g. when it expires). */
export const RESIDENCY_ENDED = domainEvent<ResidencyEventPayload>('residency.ended');

import type { ResidencyForCard } from './citizen-card.service.js';

/** What the cards domain needs from the residents domain: the account's current residency. */
export abstract class ActiveResidencies {
  abstract activeResidencyOf(accountId: string): Promise<ResidencyForCard | null>;
}

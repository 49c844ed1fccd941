import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Where a notification goes: the account's address and the language it reads. */
export interface Recipient {
  email: string;
  language: string;
}

export type RecipientLookup = (accountIds: readonly string[], manager?: EntityManager) => Promise<Map<string, Recipient>>;

/**
 * Resolves account ids to recipients. Identity, which owns the accounts and itself sends e-mails
 * through this domain, registers its account directory here at start (a registry rather than an
 * import, so that identity → notifications stays the only direction).
 */
@Injectable()
export class Recipients {
  private lookup: RecipientLookup | null = null;

  register(lookup: RecipientLookup): void {
    if (this.lookup) throw new Error('A recipient lookup is registered already');
    this.lookup = lookup;
  }

  of(accountIds: readonly string[], manager?: EntityManager): Promise<Map<string, Recipient>> {
    if (!this.lookup) throw new Error('No recipient lookup registered (is IdentityModule imported?)');
    return this.lookup(accountIds, manager);
  }
}

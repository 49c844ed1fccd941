import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { AccountDirectory } from '../identity/index.js';

export interface PayerContact {
  accountId: string;
  email: string;
  language: string;
}

/** The payer's address and language for checkout, receipts and e-mails, from identity's account directory. */
@Injectable()
export class PayerDirectory {
  constructor(private readonly accounts: AccountDirectory) {}

  async contactOf(manager: EntityManager, accountId: string): Promise<PayerContact> {
    const account = await this.accounts.contactOf(accountId, manager);
    if (!account) throw DomainException.notFound();
    return { accountId: account.id, email: account.email, language: account.language };
  }

  /** The account with this e-mail address (as identity normalizes it), for staff searching payments. */
  async accountIdByEmail(email: string): Promise<string | null> {
    return (await this.accounts.contactByEmail(email))?.id ?? null;
  }

  async emailOf(accountId: string): Promise<string | null> {
    return (await this.accounts.contactOf(accountId))?.email ?? null;
  }

  /** `emailOf` for many accounts in one query (lists); unknown accounts are missing. */
  async emailsOf(accountIds: readonly string[]): Promise<Map<string, string>> {
    const contacts = await this.accounts.contactsOf(accountIds);
    return new Map([...contacts.values()].map((contact) => [contact.id, contact.email]));
  }
}

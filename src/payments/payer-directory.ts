import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Account } from '../identity/account.entity.js';

export interface PayerContact {
  accountId: string;
  email: string;
  language: string;
}

/**
 * The payer's address and language for checkout, receipts and e-mails. Identity exports no
 * lookup by account id (only the caller's own account), so this is the one place payments
 * reads the accounts table, and only these two columns.
 */
@Injectable()
export class PayerDirectory {
  async contactOf(manager: EntityManager, accountId: string): Promise<PayerContact> {
    const account = await manager.findOneOrFail(Account, { where: { id: accountId }, select: { id: true, email: true, preferredLanguage: true } });
    return { accountId: account.id, email: account.email, language: account.preferredLanguage };
  }
}

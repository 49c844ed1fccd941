import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Recipients } from '../notifications/index.js';
import { AccountDirectory } from './account-directory.js';

/** Tells notifications how an account id becomes an address and a language: through the account directory. */
@Injectable()
export class AccountRecipients implements OnModuleInit {
  constructor(
    private readonly recipients: Recipients,
    private readonly directory: AccountDirectory,
  ) {}

  onModuleInit(): void {
    this.recipients.register((accountIds, manager) => this.directory.contactsOf(accountIds, manager));
  }
}

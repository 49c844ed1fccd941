import { Injectable } from '@nestjs/common';
import { Role } from '../common/auth/role.js';
import { AccountDirectory } from '../identity/index.js';

export interface AccountRef {
  id: string;
  email: string;
}

/**
 * Read-only lookups of accounts the back office shows, through identity's account directory:
 * applicants and staff by id, and the staff (admins included) who may work on a kind of case.
 */
@Injectable()
export class StaffDirectory {
  constructor(private readonly accounts: AccountDirectory) {}

  async refs(ids: readonly string[]): Promise<Map<string, AccountRef>> {
    const contacts = await this.accounts.contactsOf(ids);
    return new Map([...contacts.values()].map((contact) => [contact.id, { id: contact.id, email: contact.email }]));
  }

  async withAnyRole(roles: readonly Role[]): Promise<AccountRef[]> {
    return (await this.accounts.withAnyRole([Role.admin, ...roles])).map((contact) => ({ id: contact.id, email: contact.email }));
  }

  async hasAnyRole(accountId: string, roles: readonly Role[]): Promise<boolean> {
    return this.accounts.hasAnyRole(accountId, [Role.admin, ...roles]);
  }
}

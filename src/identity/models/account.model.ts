import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';
import type { AccountContact } from '../account-directory.js';
import type { Account } from '../account.entity.js';

@ObjectType('Account', { description: 'An account: the signed-in person’s own, or one an administrator manages.' })
export class AccountModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  emailVerified: boolean;

  @Field({ description: 'Language for e-mails and messages (ISO 639-1).' })
  preferredLanguage: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => AssuranceLevel)
  assuranceLevel: AssuranceLevel;

  @Field()
  createdAt: Date;

  static from(account: Account): AccountModel {
    return Object.assign(new AccountModel(), {
      id: account.id,
      email: account.email,
      emailVerified: account.emailVerifiedAt !== null,
      preferredLanguage: account.preferredLanguage,
      roles: account.roles,
      assuranceLevel: account.assuranceLevel,
      createdAt: account.createdAt,
    });
  }

  static fromContact(contact: AccountContact): AccountModel {
    return Object.assign(new AccountModel(), {
      id: contact.id,
      email: contact.email,
      emailVerified: contact.emailVerified,
      preferredLanguage: contact.language,
      roles: contact.roles,
      assuranceLevel: contact.assuranceLevel,
      createdAt: contact.createdAt,
    });
  }
}

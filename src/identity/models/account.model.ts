import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';
import type { Account } from '../account.entity.js';

@ObjectType('Account', { description: 'The signed-in person’s own account.' })
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
}

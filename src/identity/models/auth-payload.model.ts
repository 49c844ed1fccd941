import { Field, ObjectType } from '@nestjs/graphql';
import { AccountModel } from './account.model.js';

@ObjectType('AuthPayload', { description: 'A short-lived access token; the refresh token travels in an httpOnly cookie.' })
export class AuthPayloadModel {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => AccountModel)
  account: AccountModel;
}

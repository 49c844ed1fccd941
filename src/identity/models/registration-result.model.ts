import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RegistrationResult')
export class RegistrationResultModel {
  @Field()
  email: string;

  @Field()
  verificationEmailSent: boolean;
}

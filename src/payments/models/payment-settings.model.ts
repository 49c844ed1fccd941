import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PaymentPurpose } from '../payment-purpose.js';

@ObjectType('Fee')
export class FeeModel {
  @Field(() => PaymentPurpose)
  purpose: PaymentPurpose;

  @Field(() => Int, { description: 'Integer cents; 0 is free.' })
  amountCents: number;

  @Field()
  currency: string;
}

@ObjectType('PaymentSettings', { description: 'The fee schedule and how payments are taken.' })
export class PaymentSettingsModel {
  @Field(() => [FeeModel])
  fees: FeeModel[];

  @Field({ description: 'Payments can be taken (a provider is configured).' })
  available: boolean;

  @Field({ description: 'Payments go to the local sandbox: nothing is charged.' })
  testMode: boolean;

  @Field(() => String, { nullable: true, description: 'Subject type for trying the pay step (outside production).' })
  demoSubjectType: string | null;
}

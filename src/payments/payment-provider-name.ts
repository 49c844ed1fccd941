import { registerEnumType } from '@nestjs/graphql';

export enum PaymentProviderName {
  stripe = 'stripe',
  sandbox = 'sandbox',
}

registerEnumType(PaymentProviderName, {
  name: 'PaymentProvider',
  description: 'Who processed the payment: Stripe, or the local sandbox where nothing is charged.',
});

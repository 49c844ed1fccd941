import { registerEnumType } from '@nestjs/graphql';

/** What a fee is charged for; each purpose has one amount in the fee schedule. */
export enum PaymentPurpose {
  citizen_card = 'citizen_card',
  trade_registration = 'trade_registration',
  business_address = 'business_address',
}

registerEnumType(PaymentPurpose, { name: 'PaymentPurpose', description: 'What a fee is charged for.' });

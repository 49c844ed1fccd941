import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartnerBank } from '../entities/partner-bank.entity.js';

@ObjectType('PartnerBank', { description: 'A bank the city works with for company accounts.' })
export class PartnerBankModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable slug, e.g. sparkasse-bochum-sandbox.' }) code: string;
  @Field() name: string;
  @Field() bic: string;
  @Field({ description: 'German bank code (Bankleitzahl).' }) bankCode: string;
  @Field({ description: 'A sandbox bank that decides by fixed rules (no real account).' }) sandbox: boolean;

  static from(bank: PartnerBank): PartnerBankModel {
    return Object.assign(new PartnerBankModel(), {
      id: bank.id,
      code: bank.code,
      name: bank.name,
      bic: bank.bic,
      bankCode: bank.bankCode,
      sandbox: bank.sandbox,
    });
  }
}

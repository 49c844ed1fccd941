import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartnerBank } from '../entities/partner-bank.entity.js';

@ObjectType('AdministeredPartnerBank', { description: 'A partner bank as administrators see it (never its webhook secret).' })
export class AdministeredPartnerBankModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field() bic: string;
  @Field() bankCode: string;
  @Field() apiBaseUrl: string;
  @Field({ description: 'Webhook address the bank posts to.' }) webhookPath: string;
  @Field() sandbox: boolean;
  @Field() active: boolean;
  @Field() updatedAt: Date;

  static from(bank: PartnerBank): AdministeredPartnerBankModel {
    return Object.assign(new AdministeredPartnerBankModel(), {
      id: bank.id,
      code: bank.code,
      name: bank.name,
      bic: bank.bic,
      bankCode: bank.bankCode,
      apiBaseUrl: bank.apiBaseUrl,
      webhookPath: `/api/banking/webhooks/${bank.code}`,
      sandbox: bank.sandbox,
      active: bank.active,
      updatedAt: bank.updatedAt,
    });
  }
}

@ObjectType('PartnerBankWithSecret', { description: 'A bank with its new webhook secret: shown this once, never again.' })
export class PartnerBankWithSecretModel {
  @Field(() => AdministeredPartnerBankModel) bank: AdministeredPartnerBankModel;
  @Field({ description: 'Give it to the bank now; only its encrypted form is kept.' }) webhookSecret: string;
}

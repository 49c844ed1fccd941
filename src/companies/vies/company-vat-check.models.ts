import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TaxIdKind, type TaxIdFormat } from '../tax-id-formats.js';
import { VatCheckStatus, type CompanyVatCheck } from './company-vat-check.entity.js';

registerEnumType(VatCheckStatus, { name: 'VatCheckStatus', description: 'The VIES check of a VAT id.' });
registerEnumType(TaxIdKind, { name: 'TaxIdKind', description: 'Which tax id a company gives, by its country of registration.' });

@ObjectType('CompanyVatCheck', { description: 'The latest answer of the EU’s VIES service for the company’s VAT id.' })
export class CompanyVatCheckModel {
  @Field() vatId: string;
  @Field(() => VatCheckStatus) status: VatCheckStatus;
  @Field(() => String, { nullable: true, description: 'As registered in the member state (null where it shares no name).' })
  registeredName: string | null;
  @Field(() => String, { nullable: true }) registeredAddress: string | null;
  @Field(() => String, { nullable: true, description: 'VIES consultation number.' }) requestIdentifier: string | null;
  @Field(() => Date, { nullable: true, description: 'When VIES answered.' }) checkedAt: Date | null;
  @Field(() => Int) attempts: number;
  @Field(() => Date, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => String, { nullable: true, description: 'VIES error of the last unanswered attempt (MS_UNAVAILABLE, TIMEOUT, …).' })
  lastError: string | null;
  @Field(() => Date, { nullable: true, description: 'Next automatic attempt while pending.' }) nextAttemptAt: Date | null;
  @Field(() => Int, { description: 'Seconds until "check again" is allowed (0: now).' }) recheckInSeconds: number;

  static from(row: CompanyVatCheck, recheckInSeconds: number): CompanyVatCheckModel {
    return Object.assign(new CompanyVatCheckModel(), {
      vatId: row.vatId,
      status: row.status,
      registeredName: row.registeredName,
      registeredAddress: row.registeredAddress,
      requestIdentifier: row.requestIdentifier,
      checkedAt: row.checkedAt,
      attempts: row.attempts,
      lastAttemptAt: row.lastAttemptAt,
      lastError: row.lastError,
      nextAttemptAt: row.nextAttemptAt,
      recheckInSeconds,
    });
  }
}

@ObjectType('CompanyTaxIdFormat')
export class TaxIdFormatModel {
  @Field(() => TaxIdKind) kind: TaxIdKind;
  @Field({ description: 'A well-formed example ("" when there is none).' }) example: string;
  @Field({ description: 'Checked against the EU’s VIES service.' }) checkedWithVies: boolean;

  static from(format: TaxIdFormat): TaxIdFormatModel {
    return Object.assign(new TaxIdFormatModel(), format);
  }
}

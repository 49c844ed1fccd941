import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const upper = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

@InputType({ isAbstract: true })
export class PartnerBankDetailsInput {
  @Field()
  @trim()
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(120, { context: { messageKey: 'validation.max_length', params: { max: 120 } } })
  name: string;

  @Field({ description: 'BIC (8 or 11 characters).' })
  @upper()
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { context: { messageKey: 'banking.bic_invalid' } })
  bic: string;

  @Field({ description: 'German bank code (Bankleitzahl, 8 digits).' })
  @trim()
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^\d{8}$/, { context: { messageKey: 'banking.bank_code_invalid' } })
  bankCode: string;

  @Field({ description: 'The bank’s API for applications (https).' })
  @trim()
  @IsString({ context: { messageKey: 'validation.required' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false }, { context: { messageKey: 'banking.api_url_invalid' } })
  apiBaseUrl: string;
}

@InputType()
export class CreatePartnerBankInput extends PartnerBankDetailsInput {
  @Field({ description: 'Stable slug used in the webhook address, e.g. sparkasse-bochum (cannot be changed later).' })
  @trim()
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, { context: { messageKey: 'banking.code_invalid' } })
  code: string;
}

@InputType()
export class UpdatePartnerBankInput extends PartnerBankDetailsInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.uuid' } }) id: string;

  @Field({ description: 'Inactive banks are not offered to companies; their applications stay.' })
  @IsBoolean({ context: { messageKey: 'validation.invalid' } })
  active: boolean;
}

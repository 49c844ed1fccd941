import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MailHandling } from '../mail-handling.js';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const required = { context: { messageKey: 'validation.required' } };
const maxLength = (max: number) => MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } });

@InputType()
export class ForwardingAddressInput {
  @Field(() => String, { nullable: true, description: 'A different recipient name, if any.' })
  @IsOptional()
  @trim()
  @IsString(required)
  @maxLength(200)
  name?: string | null;

  @Field()
  @trim()
  @IsString(required)
  @IsNotEmpty(required)
  @maxLength(120)
  street: string;

  @Field()
  @trim()
  @IsString(required)
  @IsNotEmpty(required)
  @maxLength(12)
  postcode: string;

  @Field()
  @trim()
  @IsString(required)
  @IsNotEmpty(required)
  @maxLength(80)
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. "DE" or "NL".' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { context: { messageKey: 'addresses.country_invalid' } })
  country: string;
}

/** How a mailbox's letters are to be handled: the choice of a resident and of a company alike. */
@InputType({ isAbstract: true })
export abstract class MailHandlingChoiceInput {
  @Field(() => MailHandling)
  @IsEnum(MailHandling, { context: { messageKey: 'validation.invalid' } })
  preference: MailHandling;

  @Field(() => ForwardingAddressInput, { nullable: true, description: 'Required when the preference is `forward`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ForwardingAddressInput)
  forwardingAddress?: ForwardingAddressInput | null;
}

@InputType()
export class UpdateMailHandlingInput extends MailHandlingChoiceInput {
  @Field(() => ID)
  @IsUUID('all', { context: { messageKey: 'validation.invalid' } })
  addressId: string;
}

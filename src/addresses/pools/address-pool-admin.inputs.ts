import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { District } from '../district.js';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const text =
  (max: number): PropertyDecorator =>
  (target, key) => {
    trim()(target, key);
    IsString({ context: { messageKey: 'validation.required' } })(target, key);
    IsNotEmpty({ context: { messageKey: 'validation.required' } })(target, key);
    MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } })(target, key);
  };

@InputType({ isAbstract: true })
export class AddressPoolDetailsInput {
  @Field(() => District) @IsEnum(District, { context: { messageKey: 'validation.invalid' } }) district: District;
  @Field({ description: 'The office mail is addressed in care of.' }) @text(120) careOf: string;
  @Field() @text(120) street: string;
  @Field()
  @trim()
  @Matches(/^\d{5}$/, { context: { messageKey: 'addresses.postcode_invalid' } })
  postcode: string;
  @Field() @text(80) city: string;
}

@InputType()
export class CreateAddressPoolInput extends AddressPoolDetailsInput {
  @Field({ description: 'Stable name, e.g. residents-bochum-mitte (cannot be changed later).' })
  @trim()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/, { context: { messageKey: 'addresses.pool_code_invalid' } })
  code: string;

  @Field({ description: 'Letters before the mailbox number, e.g. BO (2–8 capital letters; cannot be changed later).' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2,8}$/, { context: { messageKey: 'addresses.mailbox_prefix_invalid' } })
  mailboxPrefix: string;
}

@InputType()
export class UpdateAddressPoolInput extends AddressPoolDetailsInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.uuid' } }) id: string;

  @Field({ description: 'Inactive pools hand out no new mailboxes; existing ones keep working.' })
  @IsBoolean({ context: { messageKey: 'validation.invalid' } })
  active: boolean;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ForwardingAddressInput, MailHandling } from '../../addresses/index.js';

const uuid = () => IsUUID('all', { context: { messageKey: 'validation.invalid' } });

@InputType()
export class BusinessMailServiceInput {
  @Field(() => ID)
  @uuid()
  companyId: string;

  @Field(() => ID, { description: 'The business address (allocation) id.' })
  @uuid()
  addressId: string;

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
export class CancelBusinessMailServiceInput {
  @Field(() => ID)
  @uuid()
  companyId: string;

  @Field(() => ID)
  @uuid()
  addressId: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { MailHandlingChoiceInput } from '../../addresses/index.js';

const uuid = () => IsUUID('all', { context: { messageKey: 'validation.invalid' } });

@InputType()
export class BusinessMailServiceInput extends MailHandlingChoiceInput {
  @Field(() => ID)
  @uuid()
  companyId: string;

  @Field(() => ID, { description: 'The business address (allocation) id.' })
  @uuid()
  addressId: string;
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

import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Re-authentication before the account and its personal data are erased.' })
export class DeleteMyAccountInput {
  @Field({ description: 'The current password.' })
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(1024, { context: { messageKey: 'validation.max_length', params: { max: 1024 } } })
  password: string;
}

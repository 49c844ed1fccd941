import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AnswerInfoRequestInput {
  @Field(() => ID)
  @IsUUID('all', { context: { messageKey: 'validation.invalid' } })
  applicationId: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(2000, { context: { messageKey: 'validation.max_length', params: { max: 2000 } } })
  message: string;
}

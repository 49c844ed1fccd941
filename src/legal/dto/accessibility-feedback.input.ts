import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const emptyAsNull = Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? null : value));

@InputType('AccessibilityFeedbackInput', { description: 'A barrier someone met, anonymous or with an e-mail address for an answer.' })
export class AccessibilityFeedbackInput {
  @Field({ description: 'What does not work, 10 to 5,000 characters.' })
  @trim
  @IsString({ context: { messageKey: 'validation.required' } })
  @MinLength(10, { context: { messageKey: 'validation.min_length', params: { min: 10 } } })
  @MaxLength(5000, { context: { messageKey: 'validation.max_length', params: { max: 5000 } } })
  message: string;

  @Field(() => String, { nullable: true, description: 'Where: a path of this site, e.g. `/cards`.' })
  @emptyAsNull
  @IsOptional()
  @IsString()
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  @Matches(/^\/(?!\/)[^\s]*$/, { context: { messageKey: 'legal.page_url_invalid' } })
  pageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Only for an answer; leave empty to stay anonymous.' })
  @emptyAsNull
  @IsOptional()
  @trim
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } })
  email?: string | null;
}

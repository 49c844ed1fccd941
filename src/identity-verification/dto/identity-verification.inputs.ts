import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class StartEidVerificationInput {
  @Field(() => String, { nullable: true, description: 'A path of this site to return to afterwards, e.g. `/company/<id>`.' })
  @IsOptional()
  @IsString({ context: { messageKey: 'validation.invalid' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  returnTo?: string | null;
}

@InputType()
export class StartVideoIdentificationInput {
  @Field(() => String, { nullable: true, description: 'A path of this site to return to afterwards.' })
  @IsOptional()
  @IsString({ context: { messageKey: 'validation.invalid' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  returnTo?: string | null;
}

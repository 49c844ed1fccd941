import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

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

@InputType()
export class StartEidSignInInput {
  @Field(() => String, { nullable: true, description: 'A path of this site to return to once signed in.' })
  @IsOptional()
  @IsString({ context: { messageKey: 'validation.invalid' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  returnTo?: string | null;
}

@InputType()
export class OpenAccountWithEidInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } })
  email: string;

  @Field({ description: 'ISO 639-1 code of a supported language, e.g. "de" or "en".' })
  @IsString({ context: { messageKey: 'validation.required' } })
  @MinLength(2, { context: { messageKey: 'identity.unsupported_language' } })
  @MaxLength(8, { context: { messageKey: 'identity.unsupported_language' } })
  preferredLanguage: string;
}

@InputType()
export class LinkEidToAccountInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } })
  email: string;

  @Field()
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(1024, { context: { messageKey: 'validation.max_length', params: { max: 1024 } } })
  password: string;
}

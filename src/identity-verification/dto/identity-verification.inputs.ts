import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

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

@InputType()
export class BookInPersonIdentificationInput {
  @Field({ description: 'One of `myIdentityVerification.servicePoints`.' })
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(100, { context: { messageKey: 'validation.max_length', params: { max: 100 } } })
  servicePointId: string;
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'What staff read from the passport presented at the service point (as the terminal shows it).' })
export class ConfirmInPersonIdentificationInput {
  @Field({ description: 'The code the person shows.' })
  @Transform(trimmed)
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(40, { context: { messageKey: 'validation.max_length', params: { max: 40 } } })
  bookingCode: string;

  @Field()
  @Transform(trimmed)
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(200, { context: { messageKey: 'validation.max_length', params: { max: 200 } } })
  givenName: string;

  @Field()
  @Transform(trimmed)
  @IsString({ context: { messageKey: 'validation.required' } })
  @IsNotEmpty({ context: { messageKey: 'validation.required' } })
  @MaxLength(200, { context: { messageKey: 'validation.max_length', params: { max: 200 } } })
  familyName: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { messageKey: 'identityVerification.document_birth_date' } })
  birthDate: string;

  @Field({ description: 'ISO 3166-1 alpha-2 or alpha-3 as in the passport, e.g. IN or IND.' })
  @Transform(trimmed)
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^[A-Za-z]{2,3}$/, { context: { messageKey: 'identityVerification.document_nationality' } })
  nationality: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ context: { messageKey: 'validation.invalid' } })
  @MaxLength(200, { context: { messageKey: 'validation.max_length', params: { max: 200 } } })
  placeOfBirth?: string | null;

  @Field({ description: 'The passport number.' })
  @Transform(trimmed)
  @IsString({ context: { messageKey: 'validation.required' } })
  @Matches(/^[A-Za-z0-9]{5,20}$/, { context: { messageKey: 'identityVerification.document_number' } })
  documentNumber: string;

  @Field({ description: 'Staff confirm that the person present is the one in the passport photo.' })
  @IsBoolean({ context: { messageKey: 'validation.invalid' } })
  personPresent: boolean;
}

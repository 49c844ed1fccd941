import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageInput } from '../../common/pagination/connection.js';
import { RepresentativeRole } from '../company-enums.js';

const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));
const required = { context: { messageKey: 'validation.required' } };
const invalid = { context: { messageKey: 'validation.invalid' } };
const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A required line of text, trimmed. */
const Text = (max: number) =>
  apply([
    trim,
    IsString(required),
    IsNotEmpty(required),
    MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } }),
  ]);

/** An optional line of text, trimmed; empty means absent. */
const OptionalText = (max: number) =>
  apply([
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsOptional(),
    IsString(required),
    MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } }),
  ]);

@InputType()
export class HeadOfficeInput {
  @Field() @Text(200) street: string;
  @Field() @Text(20) postcode: string;
  @Field() @Text(100) city: string;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) @Text(2) countryCode: string;
}

@InputType()
export class CompanyDetailsInput {
  @Field() @Text(200) legalName: string;
  @Field({ description: 'One of companyLegalForms(countryCode) or free text.' }) @Text(80) legalForm: string;
  @Field({ description: 'Country of registration, ISO 3166-1 alpha-2.' }) @Text(2) countryCode: string;
  @Field(() => String, { nullable: true }) @OptionalText(200) registerName?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(80) registerNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Checked for format and check digits for EU countries.' }) @OptionalText(30) vatId?:
    string | null;
  @Field(() => HeadOfficeInput) @ValidateNested() @Type(() => HeadOfficeInput) headOffice: HeadOfficeInput;
  @Field(() => String, { nullable: true }) @OptionalText(300) website?: string | null;
  @Field() @Text(500) mainActivity: string;
}

@InputType()
export class CreateCompanyInput extends CompanyDetailsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Active seconds spent on the start page before the company existed (capped by the server).',
  })
  @IsOptional()
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(2_000_000_000, invalid)
  preCompanySeconds?: number | null;
}

@InputType()
export class UpdateCompanyInput extends CompanyDetailsInput {
  @Field(() => ID) @IsString(required) companyId: string;
}

@InputType()
export class InviteRepresentativeInput {
  @Field(() => ID) @IsString(required) companyId: string;
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } })
  email: string;
  @Field(() => RepresentativeRole) @IsEnum(RepresentativeRole, { context: { messageKey: 'validation.invalid' } }) role: RepresentativeRole;
}

@InputType()
export class CreateEstablishmentInput {
  @Field(() => ID) @IsString(required) companyId: string;
  @Field({ description: 'Code of a partner service point (businessServicePoints).' }) @Text(40) servicePointCode: string;
}

@InputType()
export class JourneyActivityInput {
  @Field(() => ID) @IsString(required) companyId: string;
  @Field(() => Int, { nullable: true, description: 'Active seconds before the company existed; taken once, capped.' })
  @IsOptional()
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(2_000_000_000, invalid)
  preCompanySeconds?: number | null;
}

export enum JourneyStateFilter {
  in_progress = 'in_progress',
  stuck = 'stuck',
  completed = 'completed',
}

@InputType()
export class OnboardingJourneyFilter {
  @Field(() => JourneyStateFilter, { nullable: true })
  @IsOptional()
  @IsEnum(JourneyStateFilter, { context: { messageKey: 'validation.invalid' } })
  state?: JourneyStateFilter | null;
}

export { PageInput };

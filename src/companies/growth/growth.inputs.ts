import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArticlesKind, GrowthDeadlineKind, SubsidiaryLegalForm } from './growth-enums.js';

const required = { context: { messageKey: 'validation.required' } };
const invalid = { context: { messageKey: 'validation.invalid' } };
const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const maxLength = (max: number) => MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } });

@InputType()
export class GrowthShareholderInput {
  @Field() @trim @IsString(required) @IsNotEmpty(required) @maxLength(200) name: string;
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString(required)
  @Matches(/^[A-Z]{2}$/, invalid)
  countryCode: string;
  @Field(() => Int, { description: 'Nominal amount in cents (whole euros).' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(1_000_000_000_00, invalid)
  nominalCents: number;
  @Field() @IsBoolean(invalid) isParentCompany: boolean;
}

@InputType()
export class SaveSubsidiaryInput {
  @Field(() => ID) @IsString(required) companyId: string;
  @Field({ description: 'Ends in “GmbH” or “UG (haftungsbeschränkt)”.' })
  @trim
  @IsString(required)
  @IsNotEmpty(required)
  @maxLength(200)
  name: string;
  @Field(() => SubsidiaryLegalForm) @IsEnum(SubsidiaryLegalForm, invalid) legalForm: SubsidiaryLegalForm;
  @Field(() => Int, { description: 'In cents: GmbH at least 2,500,000 (25,000 EUR); UG from 100 to 2,499,900.' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(1_000_000_000_00, invalid)
  shareCapitalCents: number;
  @Field(() => ArticlesKind) @IsEnum(ArticlesKind, invalid) articles: ArticlesKind;
  @Field(() => [GrowthShareholderInput])
  @IsArray(invalid)
  @ArrayMaxSize(20, { context: { messageKey: 'validation.array_max_size', params: { max: 20 } } })
  @ValidateNested({ each: true })
  @Type(() => GrowthShareholderInput)
  shareholders: GrowthShareholderInput[];
  @Field(() => [ID], { description: 'Representatives of the company who become managing directors.' })
  @IsArray(invalid)
  @ArrayMaxSize(10, { context: { messageKey: 'validation.array_max_size', params: { max: 10 } } })
  @IsString({ each: true, ...invalid })
  managingDirectorAccountIds: string[];
}

@InputType()
export class RecordGrowthRegistrationInput {
  @Field(() => ID) @IsString(required) planId: string;
  @Field({ description: 'e.g. Amtsgericht Bochum' }) @IsString(required) @maxLength(100) registerCourt: string;
  @Field({ description: 'HRA or HRB and the number, e.g. HRB 12345' }) @IsString(required) @maxLength(40) registerNumber: string;
}

@InputType()
export class GrowthDeadlineInput {
  @Field(() => ID) @IsString(required) planId: string;
  @Field(() => GrowthDeadlineKind) @IsEnum(GrowthDeadlineKind, invalid) kind: GrowthDeadlineKind;
  @Field() @IsBoolean(invalid) done: boolean;
}

@InputType()
export class GrowthOfficeMessageInput {
  @Field(() => ID) @IsString(required) companyId: string;
  @Field() @IsString(required) @maxLength(2000) text: string;
}

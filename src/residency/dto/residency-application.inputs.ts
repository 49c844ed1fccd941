import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { District } from '../../addresses/index.js';
import { ResidencyCategory } from '../residency-category.js';

const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));
const required = { context: { messageKey: 'validation.required' } };

/** A required line of text, trimmed. */
const Text = (max: number) =>
  apply([
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(required),
    IsNotEmpty(required),
    MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } }),
  ]);

/** A calendar date, `YYYY-MM-DD`. */
const CalendarDate = () =>
  apply([
    Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { messageKey: 'residents.date_invalid' } }),
    IsISO8601({ strict: true }, { context: { messageKey: 'residents.date_invalid' } }),
  ]);

@InputType()
export class StudentFactsInput {
  @Field() @Text(200) university: string;
  @Field({ description: 'First day of the enrolment period, YYYY-MM-DD.' }) @CalendarDate() enrolmentFrom: string;
  @Field({ description: 'Last day of the enrolment period, YYYY-MM-DD.' }) @CalendarDate() enrolmentUntil: string;
}

@InputType()
export class CommuterFactsInput {
  @Field() @Text(200) employer: string;
  @Field({ description: 'Where the work is done, in Bochum or Wattenscheid.' }) @Text(300) workAddress: string;
}

@InputType()
export class SecondHomeFactsInput {
  @Field() @Text(300) secondHomeAddress: string;
  @Field({ description: 'Date of the registration of the second home, YYYY-MM-DD.' }) @CalendarDate() registeredOn: string;
}

@InputType()
export class FormerResidentFactsInput {
  @Field() @Text(300) formerAddress: string;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDate() livedFrom: string;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDate() livedUntil: string;
}

/** Everything but the category; the facts of the application's category are required. */
@InputType()
export class ResidencyApplicationDetailsInput {
  @Field(() => District)
  @IsEnum(District, { context: { messageKey: 'validation.invalid' } })
  district: District;

  @Field() @Text(100) givenName: string;
  @Field() @Text(100) familyName: string;

  @Field({ description: 'Consent to the processing of the data and documents for this application; must be true.' })
  @IsBoolean(required)
  consent: boolean;

  @Field(() => StudentFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StudentFactsInput)
  student?: StudentFactsInput | null;

  @Field(() => CommuterFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommuterFactsInput)
  commuter?: CommuterFactsInput | null;

  @Field(() => SecondHomeFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SecondHomeFactsInput)
  secondHome?: SecondHomeFactsInput | null;

  @Field(() => FormerResidentFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FormerResidentFactsInput)
  formerResident?: FormerResidentFactsInput | null;
}

@InputType()
export class CreateResidencyApplicationInput extends ResidencyApplicationDetailsInput {
  @Field(() => ResidencyCategory)
  @IsEnum(ResidencyCategory, { context: { messageKey: 'validation.invalid' } })
  category: ResidencyCategory;
}

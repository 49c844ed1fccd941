import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { District } from '../../addresses/index.js';
import { ResidencyCategory } from '../../residency/index.js';
import { AudienceInput } from '../audience/audience.js';
import { SurveyQuestionKind } from './survey-enums.js';

export const SURVEY_LIMITS = {
  title: 200,
  intro: 4000,
  question: 500,
  option: 200,
  label: 80,
  questions: 30,
  options: 20,
  freeText: 2000,
} as const;

@InputType('SurveyTextInput', { description: 'A text in one language (German is required wherever a text is).' })
export class SurveyTextInput {
  @Field()
  @IsString()
  @Matches(/^[a-z]{2}$/)
  language: string;

  @Field()
  @IsString()
  @MaxLength(SURVEY_LIMITS.question)
  text: string;
}

@InputType('SurveyTranslationInput')
export class SurveyTranslationInput {
  @Field()
  @IsString()
  @Matches(/^[a-z]{2}$/)
  language: string;

  @Field()
  @IsString()
  @MaxLength(SURVEY_LIMITS.title)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(SURVEY_LIMITS.intro)
  intro: string;
}

@InputType('SurveyOptionInput')
export class SurveyOptionInput {
  @Field(() => String, { nullable: true, description: 'Keeps the option’s id when editing.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/)
  id?: string | null;

  @Field(() => [SurveyTextInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  texts: SurveyTextInput[];
}

@InputType('SurveyQuestionInput')
export class SurveyQuestionInput {
  @Field(() => String, { nullable: true, description: 'Keeps the question’s id when editing.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/)
  id?: string | null;

  @Field(() => SurveyQuestionKind)
  @IsEnum(SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field({ defaultValue: true })
  @IsBoolean()
  required: boolean;

  @Field(() => [SurveyTextInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  texts: SurveyTextInput[];

  @Field(() => [SurveyOptionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(SURVEY_LIMITS.options)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionInput)
  options: SurveyOptionInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  scaleMax?: number | null;

  @Field(() => [SurveyTextInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  scaleMinLabels: SurveyTextInput[];

  @Field(() => [SurveyTextInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyTextInput)
  scaleMaxLabels: SurveyTextInput[];
}

@InputType('SurveyInput', { description: 'A survey as staff write it (a draft until published).' })
export class SurveyInput {
  @Field()
  @IsString()
  @MaxLength(SURVEY_LIMITS.title)
  titleDe: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(SURVEY_LIMITS.intro)
  introDe: string;

  @Field(() => [SurveyTranslationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SurveyTranslationInput)
  translations: SurveyTranslationInput[];

  @Field(() => [SurveyQuestionInput])
  @IsArray()
  @ArrayMaxSize(SURVEY_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions: SurveyQuestionInput[];

  @Field(() => AudienceInput)
  @ValidateNested()
  @Type(() => AudienceInput)
  audience: AudienceInput;

  @Field()
  @IsDate()
  opensAt: Date;

  @Field()
  @IsDate()
  closesAt: Date;

  @Field({ defaultValue: false })
  @IsBoolean()
  resultsVisibleToParticipants: boolean;
}

@InputType('SurveyAnswerInput', { description: 'The answer to one question; which field counts depends on its kind.' })
export class SurveyAnswerInput {
  @Field(() => String)
  @IsString()
  @Length(1, 40)
  questionId: string;

  @Field(() => [String], { defaultValue: [], description: 'single_choice (one) and multiple_choice.' })
  @IsArray()
  @ArrayMaxSize(SURVEY_LIMITS.options)
  @IsString({ each: true })
  optionIds: string[];

  @Field(() => Int, { nullable: true, description: 'scale.' })
  @IsOptional()
  @IsInt()
  value?: number | null;

  @Field(() => [String], { defaultValue: [], description: 'ranking: every option, best first.' })
  @IsArray()
  @ArrayMaxSize(SURVEY_LIMITS.options)
  @IsString({ each: true })
  ranking: string[];

  @Field(() => String, { nullable: true, description: 'free_text.' })
  @IsOptional()
  @IsString()
  @MaxLength(SURVEY_LIMITS.freeText)
  text?: string | null;
}

@InputType('SurveyResultFilterInput', { description: 'Narrows results to a district and/or a category (k-anonymity applies).' })
export class SurveyResultFilterInput {
  @Field(() => District, { nullable: true })
  @IsOptional()
  @IsEnum(District)
  district?: District | null;

  @Field(() => ResidencyCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ResidencyCategory)
  category?: ResidencyCategory | null;
}

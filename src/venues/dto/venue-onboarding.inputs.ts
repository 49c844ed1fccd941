import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VenueKind } from '../entities/venue.entity.js';
import { OFFER_TRANSLATION_LANGUAGES } from '../offer-texts.js';
import { OfferTranslationInput } from './venue.inputs.js';

export const VENUE_CATEGORIES = ['student', 'commuter', 'second_home', 'former_resident'];
export const VENUE_DISTRICTS = ['bochum', 'wattenscheid'];
export const MAX_PROPOSED_OFFERS = 10;

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const required = { context: { messageKey: 'validation.required' } };
const maxLength = (max: number) => MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } });
const minLength = (min: number) => MinLength(min, { context: { messageKey: 'validation.min_length', params: { min } } });
const invalid = { context: { messageKey: 'validation.invalid' } };

@InputType({ description: 'An offer the venue proposes: German title, optional translations, and exactly one of percent or fixed price.' })
export class ProposedOfferInput {
  @Field() @trimmed() @IsString(required) @minLength(2) @maxLength(200) titleDe: string;
  @Field(() => String, { nullable: true, description: 'English title; the German one when left out.' })
  @IsOptional()
  @trimmed()
  @IsString(invalid)
  @maxLength(200)
  titleEn?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  @Min(1, { context: { messageKey: 'validation.min', params: { min: 1 } } })
  @Max(100, { context: { messageKey: 'validation.max', params: { max: 100 } } })
  discountPercent?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  @Min(0, { context: { messageKey: 'validation.min', params: { min: 0 } } })
  @Max(1_000_000, { context: { messageKey: 'validation.max', params: { max: 1_000_000 } } })
  fixedPriceCents?: number | null;
  @Field(() => [OfferTranslationInput], { nullable: true })
  @IsOptional()
  @IsArray(invalid)
  @ArrayMaxSize(OFFER_TRANSLATION_LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => OfferTranslationInput)
  translations?: OfferTranslationInput[] | null;
}

@InputType()
export class VenueApplicationInput {
  @Field() @trimmed() @IsString(required) @minLength(2) @maxLength(200) organisationName: string;
  @Field(() => VenueKind) @IsEnum(VenueKind, invalid) kind: VenueKind;
  @Field() @trimmed() @IsString(required) @minLength(5) @maxLength(300) address: string;
  @Field({ description: '`bochum` or `wattenscheid`: where the venue is.' }) @IsIn(VENUE_DISTRICTS, invalid) district: string;
  @Field() @trimmed() @IsString(required) @minLength(2) @maxLength(200) contactName: string;
  @Field() @trimmed() @IsEmail({}, { context: { messageKey: 'validation.email' } }) @maxLength(254) contactEmail: string;
  @Field()
  @trimmed()
  @Matches(/^\+?[0-9 ()/-]{5,40}$/, { context: { messageKey: 'venues.phone_format' } })
  contactPhone: string;
  @Field({ defaultValue: '' }) @trimmed() @IsString(invalid) @maxLength(2000) description: string = '';
  @Field(() => [String], { description: 'The residents’ categories the offers are for.' })
  @IsArray(required)
  @ArrayMinSize(1, required)
  @IsIn(VENUE_CATEGORIES, { each: true, ...invalid })
  categories: string[];
  @Field(() => [ProposedOfferInput])
  @IsArray(required)
  @ArrayMinSize(1, required)
  @ArrayMaxSize(MAX_PROPOSED_OFFERS, { context: { messageKey: 'validation.array_max_size', params: { max: MAX_PROPOSED_OFFERS } } })
  @ValidateNested({ each: true })
  @Type(() => ProposedOfferInput)
  offers: ProposedOfferInput[];
}

@InputType()
export class AnswerVenueApplicationInput {
  @Field(() => ID) @IsUUID('all', invalid) applicationId: string;
  @Field() @trimmed() @IsString(required) @minLength(1) @maxLength(2000) answer: string;
}

@InputType()
export class InviteVenueOperatorInput {
  @Field(() => ID, { nullable: true, description: 'Staff: the venue; operators invite to their own.' })
  @IsOptional()
  @IsUUID('all', invalid)
  venueId?: string;
  @Field() @trimmed() @IsEmail({}, { context: { messageKey: 'validation.email' } }) @maxLength(254) email: string;
}

@InputType({ description: 'Staff: the reference data of a venue.' })
export class UpdateVenueInput {
  @Field(() => ID) @IsUUID('all', invalid) id: string;
  @Field() @trimmed() @IsString(required) @minLength(2) @maxLength(200) name: string;
  @Field() @trimmed() @IsString(required) @minLength(5) @maxLength(300) address: string;
  @Field() @IsIn(VENUE_DISTRICTS, invalid) district: string;
  @Field() @IsBoolean(invalid) active: boolean;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { OFFER_TEXT_LIMITS, OFFER_TRANSLATION_LANGUAGES } from '../offer-texts.js';

const CATEGORIES = ['student', 'commuter', 'second_home', 'former_resident'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateVenueInput {
  @Field() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => VenueKind) @IsEnum(VenueKind) kind: VenueKind;
  @Field() @IsString() @MinLength(5) @MaxLength(300) address: string;
  @Field() @IsIn(['bochum', 'wattenscheid']) district: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(500) openingHours: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(300) contact: string = '';
}

@InputType()
export class AssignVenueOperatorInput {
  @Field(() => ID) @IsUUID() venueId: string;
  @Field() @IsEmail() email: string;
}

const maxLength = (max: number) => MaxLength(max, { context: { messageKey: 'validation.max_length', params: { max } } });

@InputType({ description: 'An offer’s texts in one more language (not German or English, which have fields of their own).' })
export class OfferTranslationInput {
  @Field({ description: 'Language code, e.g. "tr", "ar" or "uk".' })
  @IsIn(OFFER_TRANSLATION_LANGUAGES, {
    context: { messageKey: 'venues.translation_language', params: { languages: OFFER_TRANSLATION_LANGUAGES.join(', ') } },
  })
  language: string;
  @Field()
  @IsString({ context: { messageKey: 'validation.required' } })
  @MinLength(2, { context: { messageKey: 'validation.min_length', params: { min: 2 } } })
  @maxLength(OFFER_TEXT_LIMITS.title)
  title: string;
  @Field({ defaultValue: '' }) @IsString() @maxLength(OFFER_TEXT_LIMITS.description) description: string = '';
  @Field({ defaultValue: '' }) @IsString() @maxLength(OFFER_TEXT_LIMITS.conditions) conditions: string = '';
}

@InputType({ description: 'Give exactly one of discountPercent and fixedPriceCents.' })
export class OfferInput {
  @Field(() => ID, { nullable: true, description: 'Staff: the venue; operators act for their own.' })
  @IsOptional()
  @IsUUID()
  venueId?: string;
  @Field() @IsString() @MinLength(2) @MaxLength(200) titleDe: string;
  @Field() @IsString() @MinLength(2) @MaxLength(200) titleEn: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) descriptionDe: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) descriptionEn: string = '';
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) discountPercent?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) fixedPriceCents?: number | null;
  @Field(() => [String]) @IsArray() @IsIn(CATEGORIES, { each: true }) categories: string[];
  @Field() @Matches(DATE) validFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE) validUntil?: string | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000) conditionsDe: string = '';
  @Field({ defaultValue: '' }) @IsString() @MaxLength(1000) conditionsEn: string = '';
  @Field(() => [OfferTranslationInput], {
    nullable: true,
    description: 'Translations, at most one per language. On update, the given list replaces the stored one; leave it out to keep it.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(OFFER_TRANSLATION_LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => OfferTranslationInput)
  translations?: OfferTranslationInput[] | null;
}

@InputType()
export class UpdateOfferInput extends OfferInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() venueId?: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) name: string;
}

@InputType({ description: 'A verification the scan page made offline, sent when the network returns.' })
export class OfflineVerificationInput {
  @Field(() => ID) @IsUUID() verificationId: string;
  @Field() @IsString() @MaxLength(4000) code: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() offerId?: string | null;
  @Field() verifiedAt: Date;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
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
} from 'class-validator';
import { VenueKind } from '../entities/venue.entity.js';

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

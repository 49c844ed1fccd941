import { Field, GraphQLISODateTime, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AudienceInput } from '../audience/audience.js';
import { EVENT_TEXT_LIMITS, EVENT_TRANSLATION_LANGUAGES } from './event-texts.js';
import { ParticipationEventKind, ParticipationEventStatus, ParticipationRegistrationStatus } from './events.entities.js';

registerEnumType(ParticipationEventKind, { name: 'ParticipationEventKind' });
registerEnumType(ParticipationEventStatus, { name: 'ParticipationEventStatus' });
registerEnumType(ParticipationRegistrationStatus, { name: 'ParticipationRegistrationStatus' });

@InputType('ParticipationEventTranslationInput', { description: 'An event’s title and description in one language other than German.' })
export class ParticipationEventTranslationInput {
  @Field({ description: 'Language code, e.g. "en", "tr" or "ar".' })
  @IsIn(EVENT_TRANSLATION_LANGUAGES, { context: { messageKey: 'participationEvents.translation_language' } })
  language: string;

  @Field()
  @IsString()
  @MinLength(2, { context: { messageKey: 'validation.min_length', params: { min: 2 } } })
  @MaxLength(EVENT_TEXT_LIMITS.title, { context: { messageKey: 'validation.max_length', params: { max: EVENT_TEXT_LIMITS.title } } })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(EVENT_TEXT_LIMITS.description, {
    context: { messageKey: 'validation.max_length', params: { max: EVENT_TEXT_LIMITS.description } },
  })
  description: string = '';
}

@InputType('ParticipationEventInput', { description: 'An event as staff write it. Give a place, an online link or both.' })
export class ParticipationEventInput {
  @Field({ description: 'German title (authoritative).' })
  @IsString()
  @MinLength(2, { context: { messageKey: 'validation.min_length', params: { min: 2 } } })
  @MaxLength(EVENT_TEXT_LIMITS.title, { context: { messageKey: 'validation.max_length', params: { max: EVENT_TEXT_LIMITS.title } } })
  titleDe: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(EVENT_TEXT_LIMITS.description, {
    context: { messageKey: 'validation.max_length', params: { max: EVENT_TEXT_LIMITS.description } },
  })
  descriptionDe: string = '';

  @Field(() => [ParticipationEventTranslationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EVENT_TRANSLATION_LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => ParticipationEventTranslationInput)
  translations: ParticipationEventTranslationInput[] = [];

  @Field(() => ParticipationEventKind)
  @IsEnum(ParticipationEventKind)
  kind: ParticipationEventKind;

  @Field(() => String, { nullable: true, description: 'The address where it takes place.' })
  @IsOptional()
  @IsString()
  @MinLength(3, { context: { messageKey: 'validation.min_length', params: { min: 3 } } })
  @MaxLength(300, { context: { messageKey: 'validation.max_length', params: { max: 300 } } })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'An https link for online events.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { context: { messageKey: 'participationEvents.online_url' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  onlineUrl?: string | null;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1, { context: { messageKey: 'participationEvents.capacity' } })
  @Max(10000, { context: { messageKey: 'participationEvents.capacity' } })
  capacity: number;

  @Field(() => AudienceInput, { description: 'Who may register.' })
  @ValidateNested()
  @Type(() => AudienceInput)
  audience: AudienceInput;

  @Field(() => GraphQLISODateTime, { description: 'Registrations close at this moment (at the latest the start).' })
  @Type(() => Date)
  @IsDate()
  registrationDeadline: Date;
}

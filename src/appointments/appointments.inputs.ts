import { Field, GraphQLISODateTime, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
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
import { LANGUAGE_CODES } from '../../packages/shared/src/languages.js';
import { AppointmentOffice } from './appointment-office.js';
import { AppointmentChannel, AppointmentStatus, HomeVisitReason, VisitDistrict } from './appointments.entities.js';

registerEnumType(AppointmentChannel, { name: 'AppointmentChannel', description: 'Video consultation or in person.' });
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });
registerEnumType(HomeVisitReason, { name: 'HomeVisitReason' });
registerEnumType(VisitDistrict, { name: 'VisitDistrict', description: 'Bochum’s six city districts (Stadtbezirke).' });

const MAX = (max: number) => ({ context: { messageKey: 'validation.max_length', params: { max } } });

@InputType('AppointmentServiceNameInput')
export class AppointmentServiceNameInput {
  @Field({ description: 'Language code; German ("de") is required.' })
  @IsIn(LANGUAGE_CODES as string[], { context: { messageKey: 'appointments.language' } })
  language: string;

  @Field()
  @IsString()
  @MinLength(2, { context: { messageKey: 'validation.min_length', params: { min: 2 } } })
  @MaxLength(120, MAX(120))
  name: string;
}

@InputType('AppointmentServiceInput', { description: 'A kind of appointment an office offers.' })
export class AppointmentServiceInput {
  @Field(() => AppointmentOffice)
  @IsEnum(AppointmentOffice)
  office: AppointmentOffice;

  @Field(() => [AppointmentServiceNameInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AppointmentServiceNameInput)
  names: AppointmentServiceNameInput[];

  @Field(() => Int)
  @IsInt()
  @Min(5, { context: { messageKey: 'appointments.duration' } })
  @Max(480, { context: { messageKey: 'appointments.duration' } })
  durationMinutes: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { context: { messageKey: 'appointments.buffer' } })
  @Max(240, { context: { messageKey: 'appointments.buffer' } })
  bufferBeforeMinutes: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { context: { messageKey: 'appointments.buffer' } })
  @Max(240, { context: { messageKey: 'appointments.buffer' } })
  bufferAfterMinutes: number = 0;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { context: { messageKey: 'appointments.seats' } })
  @Max(100, { context: { messageKey: 'appointments.seats' } })
  seats: number = 1;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { context: { messageKey: 'appointments.min_notice' } })
  @Max(43200, { context: { messageKey: 'appointments.min_notice' } })
  minNoticeMinutes: number = 0;

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(1, { context: { messageKey: 'appointments.booking_window' } })
  @Max(365, { context: { messageKey: 'appointments.booking_window' } })
  bookingWindowDays: number = 60;

  @Field({ defaultValue: false })
  @IsBoolean()
  video: boolean = false;

  @Field({ defaultValue: true })
  @IsBoolean()
  inPerson: boolean = true;

  @Field({ defaultValue: false, description: 'Home service: staff visit people who cannot come.' })
  @IsBoolean()
  homeVisit: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, MAX(300))
  place?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;
}

@InputType('AppointmentOpeningHoursInput', { description: 'Weekly hours in Berlin time, e.g. Monday 09:00–12:00.' })
export class AppointmentOpeningHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  @IsInt()
  @Min(1, { context: { messageKey: 'appointments.weekday' } })
  @Max(7, { context: { messageKey: 'appointments.weekday' } })
  weekday: number;

  @Field({ description: 'HH:MM' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { context: { messageKey: 'appointments.time_of_day' } })
  startsAt: string;

  @Field({ description: 'HH:MM (24:00 for midnight)' })
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { context: { messageKey: 'appointments.time_of_day' } })
  endsAt: string;
}

@InputType('AppointmentTimeOffInput')
export class AppointmentTimeOffInput {
  @Field(() => AppointmentOffice)
  @IsEnum(AppointmentOffice)
  office: AppointmentOffice;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  endsAt: Date;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200, MAX(200))
  reason: string = '';
}

@InputType('HomeVisitInput', { description: 'A home visit: the self-assessment, where, and for whom.' })
export class HomeVisitInput {
  @Field({ description: 'The person cannot reach the office on their own (limited mobility).' })
  @IsBoolean()
  limitedMobility: boolean;

  @Field({ description: 'The person lives in a care home.' })
  @IsBoolean()
  livesInCareHome: boolean;

  @Field({ description: 'Where to visit (street, number, postcode, place; in a care home also the room).' })
  @IsString()
  @MinLength(5, { context: { messageKey: 'appointments.visit_address' } })
  @MaxLength(300, MAX(300))
  address: string;

  @Field(() => VisitDistrict)
  @IsEnum(VisitDistrict)
  district: VisitDistrict;

  @Field(() => String, { nullable: true, description: 'A carer or relative books for this person (their name).' })
  @IsOptional()
  @IsString()
  @MinLength(2, { context: { messageKey: 'validation.min_length', params: { min: 2 } } })
  @MaxLength(200, MAX(200))
  onBehalfOfName?: string | null;

  @Field({
    defaultValue: false,
    description: 'The carer confirms that the person agreed to this booking (required when booking for someone).',
  })
  @IsBoolean()
  consent: boolean = false;
}

@InputType('BookAppointmentInput')
export class BookAppointmentInput {
  @Field(() => ID)
  @IsUUID('4', { context: { messageKey: 'appointments.service' } })
  serviceId: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => AppointmentChannel)
  @IsEnum(AppointmentChannel)
  channel: AppointmentChannel;

  @Field({ description: 'The booker’s IANA time zone, e.g. "America/New_York".' })
  @IsString()
  @MaxLength(64, MAX(64))
  timeZone: string;

  @Field(() => ID, { nullable: true, description: 'One of the booker’s own cases this appointment is about.' })
  @IsOptional()
  @IsUUID('all', { context: { messageKey: 'appointments.case' } })
  caseId?: string | null;

  @Field(() => HomeVisitInput, { nullable: true, description: 'Required for a home visit.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HomeVisitInput)
  homeVisit?: HomeVisitInput | null;
}

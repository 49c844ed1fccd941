import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AppointmentOffice } from './appointment-office.js';

export enum AppointmentChannel {
  video = 'video',
  in_person = 'in_person',
  /** Home service: staff visit people who cannot come (limited mobility, care home). */
  home_visit = 'home_visit',
}

/** Why a person may have a home visit (their, or their carer's, self-assessment). */
export enum HomeVisitReason {
  limited_mobility = 'limited_mobility',
  care_home = 'care_home',
}

/** Bochum's six city districts (Stadtbezirke): the staff's visit plan groups by them. */
export enum VisitDistrict {
  mitte = 'mitte',
  wattenscheid = 'wattenscheid',
  nord = 'nord',
  ost = 'ost',
  sued = 'sued',
  suedwest = 'suedwest',
}

/** `booked` holds the time; the others free it (the exclusion constraints look at `booked` rows only). */
export enum AppointmentStatus {
  booked = 'booked',
  cancelled = 'cancelled',
  attended = 'attended',
  no_show = 'no_show',
}

/** A kind of appointment an office offers: its length, buffers, seats and booking rules. */
@Entity({ name: 'appointment_services' })
@Index('IDX_appointment_services_office', ['office'])
@Check('CHK_appointment_services_duration', `"duration_minutes" BETWEEN 5 AND 480`)
@Check('CHK_appointment_services_buffers', `"buffer_before_minutes" BETWEEN 0 AND 240 AND "buffer_after_minutes" BETWEEN 0 AND 240`)
@Check('CHK_appointment_services_seats', `"seats" BETWEEN 1 AND 100`)
@Check('CHK_appointment_services_window', `"min_notice_minutes" BETWEEN 0 AND 43200 AND "booking_window_days" BETWEEN 1 AND 365`)
@Check('CHK_appointment_services_channel', `"video" OR "in_person" OR "home_visit"`)
export class AppointmentServiceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_appointment_services' })
  id: string;

  @Column({ type: 'enum', enum: AppointmentOffice, enumName: 'appointment_office' })
  office: AppointmentOffice;

  /** Language code → name; German (`de`) always present and authoritative. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'buffer_before_minutes', type: 'int', default: 0 })
  bufferBeforeMinutes: number;

  @Column({ name: 'buffer_after_minutes', type: 'int', default: 0 })
  bufferAfterMinutes: number;

  @Column({ type: 'int', default: 1 })
  seats: number;

  @Column({ name: 'min_notice_minutes', type: 'int', default: 0 })
  minNoticeMinutes: number;

  @Column({ name: 'booking_window_days', type: 'int', default: 60 })
  bookingWindowDays: number;

  @Column({ type: 'boolean', default: false })
  video: boolean;

  @Column({ name: 'in_person', type: 'boolean', default: true })
  inPerson: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'home_visit', type: 'boolean', default: false })
  homeVisit: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A staff member's weekly opening hours for their office (minutes after midnight, Europe/Berlin). */
@Entity({ name: 'appointment_opening_hours' })
@Index('IDX_appointment_opening_hours_office_staff', ['office', 'staffAccountId'])
@Check('CHK_appointment_opening_hours_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check('CHK_appointment_opening_hours_minutes', `"starts_minute" >= 0 AND "ends_minute" <= 1440 AND "ends_minute" > "starts_minute"`)
export class AppointmentOpeningHours {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_appointment_opening_hours' })
  id: string;

  @Column({ type: 'enum', enum: AppointmentOffice, enumName: 'appointment_office' })
  office: AppointmentOffice;

  @Column({ name: 'staff_account_id', type: 'uuid' })
  @ForeignKey('Account', { name: 'FK_appointment_opening_hours_staff', onDelete: 'CASCADE' })
  staffAccountId: string;

  /** ISO weekday: 1 Monday … 7 Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ name: 'starts_minute', type: 'int' })
  startsMinute: number;

  @Column({ name: 'ends_minute', type: 'int' })
  endsMinute: number;
}

/** A staff member is away (holiday, training): no slots in that time. */
@Entity({ name: 'appointment_time_off' })
@Index('IDX_appointment_time_off_staff', ['staffAccountId', 'startsAt'])
@Check('CHK_appointment_time_off_period', `"ends_at" > "starts_at"`)
export class AppointmentTimeOff {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_appointment_time_off' })
  id: string;

  @Column({ type: 'enum', enum: AppointmentOffice, enumName: 'appointment_office' })
  office: AppointmentOffice;

  @Column({ name: 'staff_account_id', type: 'uuid' })
  @ForeignKey('Account', { name: 'FK_appointment_time_off_staff', onDelete: 'CASCADE' })
  staffAccountId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200, default: '' })
  reason: string;
}

/**
 * A booked appointment. The database refuses double bookings: a staff member's blocked time (with the
 * buffers) overlaps another booked appointment only when both are seats of the same slot (same service,
 * same start; the two exclusion constraints), one seat of a slot is held once (partial unique index),
 * and a person never holds two overlapping appointments (the booker exclusion).
 */
@Entity({ name: 'appointment_bookings' })
@Index('IDX_appointment_bookings_booker', ['bookerAccountId', 'startsAt'])
@Index('IDX_appointment_bookings_staff_day', ['staffAccountId', 'startsAt'])
@Index('IDX_appointment_bookings_case', ['caseId'])
@Index('IDX_appointment_bookings_office_starts', ['office', 'startsAt'])
@Index('UQ_appointment_bookings_seat', ['staffAccountId', 'startsAt', 'seat'], { unique: true, where: `"status" = 'booked'` })
@Check('CHK_appointment_bookings_period', `"ends_at" > "starts_at" AND "blocked_from" <= "starts_at" AND "blocked_until" >= "ends_at"`)
@Check('CHK_appointment_bookings_seat', `"seat" BETWEEN 1 AND 100`)
@Check(
  'CHK_appointment_bookings_home_visit',
  `"channel" <> 'home_visit' OR ("home_visit_reason" IS NOT NULL AND "visit_address" IS NOT NULL AND "visit_district" IS NOT NULL)`,
)
@Check('CHK_appointment_bookings_consent', `"on_behalf_of_name" IS NULL OR "consent_recorded_at" IS NOT NULL`)
@Exclusion(
  'EX_appointment_bookings_staff_service',
  `USING gist ("staff_account_id" WITH =, "service_id" WITH <>, tstzrange("blocked_from", "blocked_until") WITH &&) WHERE ("status" = 'booked')`,
)
@Exclusion(
  'EX_appointment_bookings_staff_start',
  `USING gist ("staff_account_id" WITH =, "starts_at" WITH <>, tstzrange("blocked_from", "blocked_until") WITH &&) WHERE ("status" = 'booked')`,
)
@Exclusion(
  'EX_appointment_bookings_booker',
  `USING gist ("booker_account_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'booked')`,
)
export class AppointmentBooking {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_appointment_bookings' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  @ForeignKey(() => AppointmentServiceEntity, { name: 'FK_appointment_bookings_service', onDelete: 'RESTRICT' })
  serviceId: string;

  @Column({ type: 'enum', enum: AppointmentOffice, enumName: 'appointment_office' })
  office: AppointmentOffice;

  @Column({ name: 'staff_account_id', type: 'uuid' })
  @ForeignKey('Account', { name: 'FK_appointment_bookings_staff', onDelete: 'CASCADE' })
  staffAccountId: string;

  @Column({ name: 'booker_account_id', type: 'uuid' })
  @ForeignKey('Account', { name: 'FK_appointment_bookings_booker', onDelete: 'CASCADE' })
  bookerAccountId: string;

  @Column({ type: 'int', default: 1 })
  seat: number;

  @Column({ type: 'enum', enum: AppointmentChannel, enumName: 'appointment_channel' })
  channel: AppointmentChannel;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The start minus the buffer before: the staff member's time this booking takes. */
  @Column({ name: 'blocked_from', type: 'timestamptz' })
  blockedFrom: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz' })
  blockedUntil: Date;

  @Column({ type: 'enum', enum: AppointmentStatus, enumName: 'appointment_status', default: AppointmentStatus.booked })
  status: AppointmentStatus;

  /** The booker's IANA time zone (e-mails and pages show the time there as well as in Berlin). */
  @Column({ name: 'booker_time_zone', type: 'varchar', length: 64, default: 'Europe/Berlin' })
  bookerTimeZone: string;

  /** A back office case of the booker's this appointment is about (a residency application, a trade registration). */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** The calendar SEQUENCE: raised by each move and by the cancellation. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'reminded_day_before_at', type: 'timestamptz', nullable: true })
  remindedDayBeforeAt: Date | null;

  @Column({ name: 'reminded_hour_before_at', type: 'timestamptz', nullable: true })
  remindedHourBeforeAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'cancelled_by_staff', type: 'boolean', default: false })
  cancelledByStaff: boolean;

  @Column({ name: 'home_visit_reason', type: 'enum', enum: HomeVisitReason, enumName: 'appointment_home_visit_reason', nullable: true })
  homeVisitReason: HomeVisitReason | null;

  @Column({ name: 'visit_address', type: 'varchar', length: 300, nullable: true })
  visitAddress: string | null;

  @Column({ name: 'visit_district', type: 'enum', enum: VisitDistrict, enumName: 'appointment_visit_district', nullable: true })
  visitDistrict: VisitDistrict | null;

  /** A carer or relative booked for this person (the booker is the carer; e-mails go to them). */
  @Column({ name: 'on_behalf_of_name', type: 'varchar', length: 200, nullable: true })
  onBehalfOfName: string | null;

  /** When the carer recorded that the person agreed to the booking (required with `on_behalf_of_name`). */
  @Column({ name: 'consent_recorded_at', type: 'timestamptz', nullable: true })
  consentRecordedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The TypeORM entities of the appointments domain (registered once, in src/domains.ts). */
export const APPOINTMENTS_ENTITIES: Function[] = [
  AppointmentServiceEntity,
  AppointmentOpeningHours,
  AppointmentTimeOff,
  AppointmentBooking,
];

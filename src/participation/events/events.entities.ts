import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Audience } from '../audience/audience.js';

/** The kinds of events the city offers its virtual citizens. */
export enum ParticipationEventKind {
  city_walk = 'city_walk',
  talk = 'talk',
  reception = 'reception',
  other = 'other',
}

export enum ParticipationEventStatus {
  draft = 'draft',
  published = 'published',
  cancelled = 'cancelled',
}

/**
 * `confirmed`: holds a seat; `offered`: a seat is held for a person from the waiting list until
 * `offer_expires_at`; `waiting`: on the waiting list (position by `waiting_since`); `cancelled`: gave up.
 */
export enum ParticipationRegistrationStatus {
  confirmed = 'confirmed',
  offered = 'offered',
  waiting = 'waiting',
  cancelled = 'cancelled',
}

/** An event's title and description in one language other than German. */
export interface EventTranslation {
  title: string;
  description: string;
}

/** Language code → texts (German is in its own columns and authoritative). */
export type EventTranslations = Record<string, EventTranslation>;

/** A city walk, talk or reception for virtual citizens. Seats are decided under a lock of this row. */
@Entity({ name: 'participation_events' })
@Index('IDX_participation_events_status_starts_at', ['status', 'startsAt'])
@Check('CHK_participation_events_period', `"ends_at" > "starts_at"`)
@Check('CHK_participation_events_deadline', `"registration_deadline" <= "starts_at"`)
@Check('CHK_participation_events_capacity', `"capacity" BETWEEN 1 AND 10000`)
@Check('CHK_participation_events_place', `"place" IS NOT NULL OR "online_url" IS NOT NULL`)
export class ParticipationEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_participation_events' })
  id: string;

  @Column({ name: 'title_de', type: 'varchar', length: 200 })
  titleDe: string;

  @Column({ name: 'description_de', type: 'varchar', length: 5000, default: '' })
  descriptionDe: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: EventTranslations;

  @Column({ type: 'enum', enum: ParticipationEventKind, enumName: 'participation_event_kind' })
  kind: ParticipationEventKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'jsonb' })
  audience: Audience;

  @Column({ name: 'registration_deadline', type: 'timestamptz' })
  registrationDeadline: Date;

  @Column({ type: 'enum', enum: ParticipationEventStatus, enumName: 'participation_event_status', default: ParticipationEventStatus.draft })
  status: ParticipationEventStatus;

  /** The calendar SEQUENCE: raised by each change people's calendars must follow. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  createdByAccountId: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One person's registration for an event: one per (event, account), decided by the unique constraint. */
@Entity({ name: 'participation_event_registrations' })
@Unique('UQ_participation_event_registrations_event_account', ['eventId', 'accountId'])
@Index('IDX_participation_event_registrations_event_status', ['eventId', 'status'])
@Index('IDX_participation_event_registrations_account', ['accountId'])
export class ParticipationEventRegistration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_participation_event_registrations' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  @ForeignKey(() => ParticipationEvent, { onDelete: 'CASCADE' })
  eventId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ type: 'enum', enum: ParticipationRegistrationStatus, enumName: 'participation_registration_status' })
  status: ParticipationRegistrationStatus;

  /** When the person joined the waiting list (their position); null when they got a seat at once. */
  @Column({ name: 'waiting_since', type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  /** Marked once at the door (a conditional update decides). */
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The TypeORM entities of participation's events (collected in ../participation.entities.ts). */
export const EVENTS_ENTITIES: Function[] = [ParticipationEvent, ParticipationEventRegistration];

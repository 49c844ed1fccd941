import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AppointmentOffice } from '../appointments/index.js';

/**
 * A staff member on duty for "talk now" in one office. The row is the explicit state (going off duty
 * deletes it); `last_seen_at` is the heartbeat: a row not refreshed within the duty timeout counts as
 * off duty (a closed browser does not leave callers waiting for nobody).
 */
@Entity({ name: 'consultation_talk_now_duty' })
@Index('IDX_consultation_talk_now_duty_office', ['office', 'lastSeenAt'])
export class TalkNowDuty {
  @PrimaryColumn({ name: 'staff_account_id', type: 'uuid', primaryKeyConstraintName: 'PK_consultation_talk_now_duty' })
  @ForeignKey('Account', { name: 'FK_consultation_talk_now_duty_staff', onDelete: 'CASCADE' })
  staffAccountId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: AppointmentOffice,
    enumName: 'appointment_office',
    primaryKeyConstraintName: 'PK_consultation_talk_now_duty',
  })
  office: AppointmentOffice;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;
}

export enum TalkNowStatus {
  waiting = 'waiting',
  connected = 'connected',
  cancelled = 'cancelled',
  ended = 'ended',
}

/**
 * A caller in the talk-now queue of an office (an account, or a terminal where nobody signed in). At most one waiting request per caller and at most one
 * connected call per staff member: the database decides (partial unique indexes), and staff take the
 * next caller with `FOR UPDATE SKIP LOCKED`, so two staff never take the same caller.
 */
@Entity({ name: 'consultation_talk_now_requests' })
@Index('IDX_consultation_talk_now_requests_queue', ['office', 'requestedAt'], { where: `"status" = 'waiting'` })
@Index('UQ_consultation_talk_now_requests_waiting_caller', ['callerAccountId'], { unique: true, where: `"status" = 'waiting'` })
@Index('UQ_consultation_talk_now_requests_waiting_terminal', ['callerKioskDeviceId'], { unique: true, where: `"status" = 'waiting'` })
@Index('UQ_consultation_talk_now_requests_connected_staff', ['staffAccountId'], { unique: true, where: `"status" = 'connected'` })
@Check('CHK_consultation_talk_now_requests_staff', `"status" IN ('waiting', 'cancelled') OR "staff_account_id" IS NOT NULL`)
@Check('CHK_consultation_talk_now_requests_caller', `num_nonnulls("caller_account_id", "caller_kiosk_device_id") = 1`)
export class TalkNowRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_consultation_talk_now_requests' })
  id: string;

  @Column({ type: 'enum', enum: AppointmentOffice, enumName: 'appointment_office' })
  office: AppointmentOffice;

  /** The caller: an account, or (nobody signed in at a self-service terminal) the terminal itself. */
  @Column({ name: 'caller_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { name: 'FK_consultation_talk_now_requests_caller', onDelete: 'CASCADE' })
  callerAccountId: string | null;

  @Column({ name: 'caller_kiosk_device_id', type: 'uuid', nullable: true })
  @ForeignKey('KioskDevice', { name: 'FK_consultation_talk_now_requests_terminal', onDelete: 'CASCADE' })
  callerKioskDeviceId: string | null;

  @Column({ type: 'enum', enum: TalkNowStatus, enumName: 'consultation_talk_now_status', default: TalkNowStatus.waiting })
  status: TalkNowStatus;

  @Column({ name: 'staff_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { name: 'FK_consultation_talk_now_requests_staff', onDelete: 'CASCADE' })
  staffAccountId: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'taken_at', type: 'timestamptz', nullable: true })
  takenAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** The caller's heartbeat while waiting (their page asks again); older than the caller timeout: they left. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}

export const CONSULTATIONS_ENTITIES: Function[] = [TalkNowDuty, TalkNowRequest];

import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum InPersonIdentificationStatus {
  /** Booked; the person has not yet been to the service point or terminal. */
  booked = 'booked',
  /** Staff confirmed it: chip authentic, face matched, identity recorded at level high. */
  confirmed = 'confirmed',
  /** Staff or the terminal refused it (chip not authentic, face not matching, another person). */
  rejected = 'rejected',
  /** The person cancelled the booking. */
  cancelled = 'cancelled',
}

/** An identification in person at a partner service point or a city self-service terminal, from booking to staff's decision. */
@Entity({ name: 'in_person_identification_sessions' })
@Index('IDX_in_person_identification_sessions_account_created', ['accountId', 'createdAt'])
export class InPersonIdentificationSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  /** The adapter that runs the service points, e.g. `local-sandbox-service-point`. */
  @Column({ type: 'varchar', length: 60 })
  partner: string;

  /** The service point or terminal chosen when booking (the partner's id). */
  @Column({ name: 'service_point_id', type: 'varchar', length: 100 })
  servicePointId: string;

  /** The code the person shows at the service point (the partner's booking reference). */
  @Index('UQ_in_person_identification_sessions_booking_code', { unique: true })
  @Column({ name: 'booking_code', type: 'varchar', length: 60 })
  bookingCode: string;

  @Column({
    type: 'enum',
    enum: InPersonIdentificationStatus,
    enumName: 'in_person_identification_status',
    default: InPersonIdentificationStatus.booked,
  })
  status: InPersonIdentificationStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 100, nullable: true })
  rejectionReason: string | null;

  /** The staff member who confirmed or rejected it. */
  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  decidedByAccountId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

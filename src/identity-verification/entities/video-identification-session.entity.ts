import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum VideoIdentificationStatus {
  /** Started; the person has not yet finished the call with the partner. */
  pending = 'pending',
  /** The call is done; the partner is deciding. */
  in_review = 'in_review',
  approved = 'approved',
  rejected = 'rejected',
}

/** A video identification with the partner, from start to the partner's decision. */
@Entity({ name: 'video_identification_sessions' })
@Index(['accountId', 'createdAt'])
export class VideoIdentificationSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  /** The partner's name for the adapter that ran it, e.g. `local-sandbox`. */
  @Column({ type: 'varchar', length: 60 })
  partner: string;

  /** The partner's reference of the session. */
  @Index('UQ_video_identification_sessions_partner_reference', { unique: true })
  @Column({ name: 'partner_reference', type: 'varchar', length: 200 })
  partnerReference: string;

  @Column({
    type: 'enum',
    enum: VideoIdentificationStatus,
    enumName: 'video_identification_status',
    default: VideoIdentificationStatus.pending,
  })
  status: VideoIdentificationStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 100, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'return_to', type: 'varchar', length: 500, nullable: true })
  returnTo: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

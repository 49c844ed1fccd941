import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OfferTranslations } from '../offer-texts.js';
import { VenueKind } from './venue.entity.js';

export enum VenueApplicationStatus {
  submitted = 'submitted',
  info_requested = 'info_requested',
  approved = 'approved',
  rejected = 'rejected',
}

/** An offer the venue proposes; becomes an `Offer` when the application is approved. */
export interface ProposedOffer {
  titleDe: string;
  titleEn: string;
  /** Texts in the other platform languages, as an offer keeps them. */
  translations: OfferTranslations;
  discountPercent: number | null;
  fixedPriceCents: number | null;
}

/** A venue's application to become a partner, decided by staff as a back office case. */
@Entity({ name: 'venue_applications' })
@Index('IDX_venue_applications_status_created', ['status', 'createdAt'])
@Index('IDX_venue_applications_applicant', ['applicantAccountId'])
@Index('UQ_venue_applications_venue', ['venueId'], { unique: true })
@Index('UQ_venue_applications_open', ['applicantAccountId'], { unique: true, where: `"status" IN ('submitted', 'info_requested')` })
@Check('CHK_venue_applications_decided', `"status" IN ('submitted', 'info_requested') OR "decided_at" IS NOT NULL`)
@Check('CHK_venue_applications_rejection', `"status" <> 'rejected' OR "rejection_reason" IS NOT NULL`)
export class VenueApplication {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_venue_applications' })
  id: string;

  @Column({ name: 'applicant_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE', name: 'FK_venue_applications_applicant' })
  applicantAccountId: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200 })
  organisationName: string;

  @Column({ type: 'enum', enum: VenueKind, enumName: 'venue_kind' })
  kind: VenueKind;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  /** Where the venue is: `bochum` or `wattenscheid`. */
  @Column({ type: 'varchar', length: 40 })
  district: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 200 })
  contactName: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254 })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  /** The residents' categories the proposed offers are for. */
  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'jsonb' })
  offers: ProposedOffer[];

  @Column({
    type: 'enum',
    enum: VenueApplicationStatus,
    enumName: 'venue_application_status',
    default: VenueApplicationStatus.submitted,
  })
  status: VenueApplicationStatus;

  @Column({ name: 'info_request', type: 'text', nullable: true })
  infoRequest: string | null;

  @Column({ name: 'applicant_answer', type: 'text', nullable: true })
  applicantAnswer: string | null;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 60, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;

  /** The venue the approval created. */
  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  @ForeignKey('Venue', { onDelete: 'SET NULL', name: 'FK_venue_applications_venue' })
  venueId: string | null;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

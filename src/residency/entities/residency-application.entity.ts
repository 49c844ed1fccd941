import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { District } from '../../addresses/index.js';
import type { ApplicationFacts } from '../application-facts.js';
import { ResidencyApplicationStatus } from '../residency-application-status.js';
import { ResidencyCategory } from '../residency-category.js';

/** An application for virtual residency. The partial unique index allows one active one per account and category. */
@Entity({ name: 'residency_applications' })
@Index('UQ_residency_applications_active', ['accountId', 'category'], {
  unique: true,
  where: `status IN ('draft', 'submitted', 'info_requested')`,
})
@Index(['accountId', 'createdAt'])
export class ResidencyApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ type: 'enum', enum: ResidencyCategory, enumName: 'residency_application_category' })
  category: ResidencyCategory;

  @Column({ type: 'enum', enum: District, enumName: 'residency_application_district' })
  district: District;

  @Column({
    type: 'enum',
    enum: ResidencyApplicationStatus,
    enumName: 'residency_application_status',
    default: ResidencyApplicationStatus.draft,
  })
  status: ResidencyApplicationStatus;

  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  familyName: string;

  @Column({ type: 'jsonb' })
  facts: ApplicationFacts;

  @Column({ name: 'consent_given_at', type: 'timestamptz' })
  consentGivenAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Null when the rules approved it. */
  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  decidedByAccountId: string | null;

  @Column({ name: 'decided_automatically', type: 'boolean', default: false })
  decidedAutomatically: boolean;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 60, nullable: true })
  rejectionReason: string | null;

  /** Staff's explanation to the applicant with the decision. */
  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;

  /** The residency the approval created or extended. */
  @Column({ name: 'residency_id', type: 'uuid', nullable: true })
  residencyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

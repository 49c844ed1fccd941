import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BackofficeCaseStatus } from '../backoffice-case-status.js';

/** One application waiting for (or decided by) staff; the subject lives in its own domain. */
@Entity({ name: 'backoffice_cases' })
@Index('UQ_backoffice_cases_subject', ['kind', 'subjectId'], { unique: true })
@Index(['status', 'createdAt'])
@Index(['assigneeAccountId', 'status'])
export class BackofficeCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'applicant_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  applicantAccountId: string;

  @Column({ type: 'enum', enum: BackofficeCaseStatus, enumName: 'backoffice_case_status', default: BackofficeCaseStatus.open })
  status: BackofficeCaseStatus;

  /** `approved` or `rejected` once closed. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: string | null;

  @Column({ name: 'assignee_account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  assigneeAccountId: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum BankAccountApplicationStatus {
  requested = 'requested',
  in_review = 'in_review',
  /** A sub-state of in_review: the bank waits for the representative's documents. */
  documents_requested = 'documents_requested',
  opened = 'opened',
  declined = 'declined',
}

/** The KYC package handed to the bank, exactly as snapshotted at consent. */
export interface KycPackageSnapshot {
  version: 1;
  company: Record<string, unknown>;
  registerExtract: { fileName: string; contentType: string; sizeBytes: number; sha256: string } | null;
  representatives: Record<string, unknown>[];
  tradeRegistration: Record<string, unknown>;
  assembledAt: string;
}

/**
 * A company's application for an account at a partner bank, with the applicant's consent to hand
 * over the KYC package. At most one application per company and bank that is not declined.
 */
@Entity({ name: 'bank_account_applications' })
@Index('UQ_bank_account_applications_open', ['companyId', 'bankId'], { unique: true, where: `"status" <> 'declined'` })
@Index('UQ_bank_account_applications_idempotency', ['applicantAccountId', 'idempotencyKey'], { unique: true })
export class BankAccountApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @Column({ name: 'applicant_account_id', type: 'uuid' })
  applicantAccountId: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  @Column({ type: 'enum', enum: BankAccountApplicationStatus, enumName: 'bank_account_application_status' })
  status: BankAccountApplicationStatus;

  /** The highest webhook sequence applied; older or equal ones never change the status. */
  @Column({ name: 'last_sequence', type: 'int', default: 0 })
  lastSequence: number;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Column({ name: 'consent_text_version', type: 'varchar', length: 40 })
  consentTextVersion: string;

  @Column({ name: 'consent_given_at', type: 'timestamptz' })
  consentGivenAt: Date;

  @Column({ name: 'kyc_package', type: 'jsonb' })
  kycPackage: KycPackageSnapshot;

  @Column({ name: 'kyc_package_sha256', type: 'char', length: 64 })
  kycPackageSha256: string;

  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;

  @Column({ name: 'bank_reference', type: 'varchar', length: 100, nullable: true })
  bankReference: string | null;

  @Column({ type: 'varchar', length: 34, nullable: true })
  iban: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SandboxApplicationStatus {
  in_review = 'in_review',
  documents_requested = 'documents_requested',
  opened = 'opened',
  declined = 'declined',
}

/** What the sandbox bank received from a partner (us) and what it decided. */
@Entity({ name: 'sandbox_bank_applications' })
@Index('UQ_sandbox_bank_applications_idempotency', ['bankCode', 'idempotencyKey'], { unique: true })
export class SandboxBankApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_code', type: 'varchar', length: 60 })
  bankCode: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** The partner's reference (our application id), echoed in every webhook. */
  @Column({ name: 'application_reference', type: 'varchar', length: 100 })
  applicationReference: string;

  @Column({ name: 'company_name', type: 'varchar', length: 300 })
  companyName: string;

  @Column({ name: 'kyc_package', type: 'jsonb' })
  kycPackage: Record<string, unknown>;

  @Column({ name: 'kyc_package_sha256', type: 'char', length: 64 })
  kycPackageSha256: string;

  /** The partner's signed, expiring link to the register extract, fetched and checked against the package's hash. */
  @Column({ name: 'register_extract_url', type: 'varchar', length: 1000, nullable: true })
  registerExtractUrl: string | null;

  /** null: nothing to check (or not yet checked); true/false: the fetched file matched the hash. */
  @Column({ name: 'register_extract_verified', type: 'boolean', nullable: true })
  registerExtractVerified: boolean | null;

  @Column({ type: 'enum', enum: SandboxApplicationStatus, enumName: 'sandbox_bank_application_status' })
  status: SandboxApplicationStatus;

  @Column({ name: 'last_sequence', type: 'int', default: 0 })
  lastSequence: number;

  @Column({ name: 'open_document_request_id', type: 'varchar', length: 100, nullable: true })
  openDocumentRequestId: string | null;

  @Column({ name: 'documents_received', type: 'boolean', default: false })
  documentsReceived: boolean;

  @Column({ type: 'varchar', length: 34, nullable: true, unique: true })
  iban: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A webhook the sandbox bank owes the partner; kept until delivered, re-sent with the same event id. */
@Entity({ name: 'sandbox_bank_events' })
@Index('UQ_sandbox_bank_events_sequence', ['applicationId', 'sequence'], { unique: true })
export class SandboxBankEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'varchar', length: 60 })
  type: string;

  /** The exact JSON body sent (and re-sent) to the partner. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Documents a partner sent in answer to a request. */
@Entity({ name: 'sandbox_bank_documents' })
@Index('UQ_sandbox_bank_documents_request', ['applicationId', 'requestId'], { unique: true })
export class SandboxBankDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId: string;

  @Column({ type: 'varchar', length: 2000 })
  message: string;

  @Column({ name: 'attachment_file_name', type: 'varchar', length: 255, nullable: true })
  attachmentFileName: string | null;

  @Column({ name: 'attachment_sha256', type: 'char', length: 64, nullable: true })
  attachmentSha256: string | null;

  @Column({ name: 'attachment_size_bytes', type: 'int', nullable: true })
  attachmentSizeBytes: number | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

export const SANDBOX_BANK_ENTITIES: Function[] = [SandboxBankApplication, SandboxBankEvent, SandboxBankDocument];

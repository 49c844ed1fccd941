import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum BankDocumentRequestStatus {
  open = 'open',
  answered = 'answered',
}

/** The bank's request for more documents, and the representative's answer (text, optionally one file). */
@Entity({ name: 'bank_document_requests' })
@Index('UQ_bank_document_requests_bank_request', ['applicationId', 'bankRequestId'], { unique: true })
export class BankDocumentRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'bank_request_id', type: 'varchar', length: 100 })
  bankRequestId: string;

  @Column({ name: 'document_kind', type: 'varchar', length: 100 })
  documentKind: string;

  @Column({ name: 'bank_message', type: 'varchar', length: 2000 })
  bankMessage: string;

  @Column({ type: 'enum', enum: BankDocumentRequestStatus, enumName: 'bank_document_request_status' })
  status: BankDocumentRequestStatus;

  @Column({ name: 'answer_text', type: 'varchar', length: 2000, nullable: true })
  answerText: string | null;

  @Column({ name: 'attachment_file_name', type: 'varchar', length: 255, nullable: true })
  attachmentFileName: string | null;

  @Column({ name: 'attachment_content_type', type: 'varchar', length: 100, nullable: true })
  attachmentContentType: string | null;

  @Column({ name: 'attachment_size_bytes', type: 'int', nullable: true })
  attachmentSizeBytes: number | null;

  @Column({ name: 'attachment_sha256', type: 'char', length: 64, nullable: true })
  attachmentSha256: string | null;

  /** Random key of the file under FILES_DIR/banking; never derived from what the user sent. */
  @Column({ name: 'attachment_storage_key', type: 'varchar', length: 40, nullable: true })
  attachmentStorageKey: string | null;

  @Column({ name: 'answered_by_account_id', type: 'uuid', nullable: true })
  answeredByAccountId: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** When the answer reached the bank (sent by a job). */
  @Column({ name: 'forwarded_at', type: 'timestamptz', nullable: true })
  forwardedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

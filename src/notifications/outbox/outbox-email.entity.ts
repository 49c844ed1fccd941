import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxEmailStatus {
  pending = 'pending',
  sent = 'sent',
  failed = 'failed',
}

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /** Base64-encoded content. */
  content: string;
}

/**
 * Every e-mail the platform sends: written in the same transaction as the change that causes it,
 * sent by a job, marked sent (or failed for good after the last retry).
 */
@Entity({ name: 'outbox_emails' })
@Index(['status', 'createdAt'])
@Index(['recipient', 'createdAt'])
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: OutboxAttachment[];

  @Column({ type: 'enum', enum: OutboxEmailStatus, enumName: 'outbox_email_status', default: OutboxEmailStatus.pending })
  status: OutboxEmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  /** Which sender delivered it (`sendgrid` or `capture`) and its message id there. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  provider: string | null;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 200, nullable: true })
  providerMessageId: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

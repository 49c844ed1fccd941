import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageParams } from '../../common/i18n/message-params.js';
import type { MailAttachmentRef } from '../mail/mail.port.js';

export enum OutboxEmailStatus {
  pending = 'pending',
  sent = 'sent',
  failed = 'failed',
}

/** A file written into the row itself (e-mails written before attachments were rendered at sending). */
export interface InlineOutboxAttachment {
  filename: string;
  contentType: string;
  /** Base64-encoded content. */
  content: string;
}

export type OutboxAttachment = MailAttachmentRef | InlineOutboxAttachment;

/**
 * Every e-mail the platform sends: written in the same transaction as the change that causes it,
 * sent by a job, marked sent (or failed for good after the last retry). It stores what the e-mail
 * says (template and language-neutral parameters); its text is rendered when it is sent, in the
 * recipient's language then, and kept as sent.
 */
@Entity({ name: 'outbox_emails' })
@Index(['status', 'createdAt'])
@Index(['recipient', 'createdAt'])
@Index(['accountId'])
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  /** The account it is for: its language is looked up when the e-mail is sent. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  @ForeignKey('Account', { onDelete: 'SET NULL' })
  accountId: string | null;

  /** Before sending, the language known when it was written (used without an account); after, the language it went out in. */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: MessageParams;

  /** As sent (null until the first attempt rendered it). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text', nullable: true })
  html: string | null;

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

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MessageSender, SignatureVerdict } from '../signature-verdict.js';
import { SecureThread } from './secure-thread.entity.js';

/**
 * One signed message. `signedContent` is the canonical manifest the signature covers (see
 * message-manifest.ts), kept byte for byte so the signature can be checked again by anyone.
 */
@Entity({ name: 'secure_messages' })
@Index(['threadId', 'receivedAt'])
@Index(['sender', 'receivedAt'])
export class SecureMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => SecureThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: SecureThread;

  @Column({ type: 'enum', enum: MessageSender, enumName: 'secure_message_sender' })
  sender: MessageSender;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'signed_content', type: 'bytea' })
  signedContent: Buffer;

  @Column({ name: 'signature_der', type: 'bytea' })
  signatureDer: Buffer;

  @Column({ type: 'enum', enum: SignatureVerdict, enumName: 'signature_verdict' })
  verdict: SignatureVerdict;

  /** Why the verdict is not `valid` (a stable code, translated in the client). */
  @Column({ name: 'verdict_reason', type: 'varchar', length: 60, nullable: true })
  verdictReason: string | null;

  @Column({ name: 'signer_common_name', type: 'varchar', length: 300, nullable: true })
  signerCommonName: string | null;

  @Column({ name: 'signer_organization', type: 'varchar', length: 300, nullable: true })
  signerOrganization: string | null;

  @Column({ name: 'signer_serial', type: 'varchar', length: 80, nullable: true })
  signerSerial: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SecureMessage } from './secure-message.entity.js';

/** A file sent with a message; the bytes live in the file store under a random key. */
@Entity({ name: 'secure_attachments' })
@Index(['messageId', 'position'])
@Index('UQ_secure_attachments_storage_key', ['storageKey'], { unique: true })
export class SecureAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => SecureMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: SecureMessage;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 40 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 64 })
  storageKey: string;
}

import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageParams } from '../../common/i18n/message-params.js';

/**
 * A notification shown in the app. Stores the kind and its parameters, not text: the title and
 * body are rendered from `locales/<lng>/notifications.json` in the reader's current language.
 */
@Entity({ name: 'in_app_notifications' })
@Index(['accountId', 'createdAt'])
export class InAppNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** Language-neutral values (dates, amounts, catalogue keys), formatted for the reader. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: MessageParams;

  /** A path in the client to open, e.g. `/account/receipts`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

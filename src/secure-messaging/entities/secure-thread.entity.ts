import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A conversation between one company and the economic development office. */
@Entity({ name: 'secure_threads' })
@Index(['companyId', 'lastMessageAt'])
@Index(['lastMessageAt'])
export class SecureThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  /** The office on the other side; only economic development for now. */
  @Column({ type: 'varchar', length: 40, default: 'economic_development' })
  office: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'created_by_account_id', type: 'uuid' })
  createdByAccountId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt: Date;

  @Column({ name: 'message_count', type: 'int', default: 0 })
  messageCount: number;
}

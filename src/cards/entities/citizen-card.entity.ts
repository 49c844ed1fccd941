import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../identity/account.entity.js';

export enum CitizenCardStatus {
  active = 'active',
  suspended = 'suspended',
  revoked = 'revoked',
  expired = 'expired',
  replaced = 'replaced',
}

@Entity({ name: 'citizen_cards' })
@Index(['accountId', 'createdAt'])
export class CitizenCard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 12 digits, the last a Luhn check digit; unique (the constraint decides under concurrency). */
  @Index('UQ_citizen_cards_number', { unique: true })
  @Column({ type: 'char', length: 12 })
  number: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column({ name: 'residency_id', type: 'uuid' })
  residencyId: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 120 })
  holderName: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'varchar', length: 40 })
  district: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'enum', enum: CitizenCardStatus, enumName: 'citizen_card_status', default: CitizenCardStatus.active })
  status: CitizenCardStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'replaced_by_card_id', type: 'uuid', nullable: true })
  replacedByCardId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

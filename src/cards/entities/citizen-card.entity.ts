import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

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
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ name: 'residency_id', type: 'uuid' })
  residencyId: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 120 })
  holderName: string;

  /** The name comes from the holder's verified identity (eID or video identification); false: as typed in the application. */
  @Column({ name: 'holder_name_verified', type: 'boolean', default: false })
  holderNameVerified: boolean;

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

import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MailHandling } from '../mail-handling.js';
import { AddressPool } from './address-pool.entity.js';

export interface ForwardingAddress {
  name: string | null;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * A mailbox of a pool handed to one holder for one subject (e.g. a residency). The unique
 * (pool, mailbox) constraint is what guarantees that no mailbox ever has two holders.
 */
@Entity({ name: 'address_allocations' })
@Index('UQ_address_allocations_mailbox', ['poolId', 'mailboxNumber'], { unique: true })
@Index('UQ_address_allocations_active_subject', ['subjectType', 'subjectId'], { unique: true, where: 'released_at IS NULL' })
@Index(['holderAccountId'])
export class AddressAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pool_id', type: 'uuid' })
  poolId: string;

  @ManyToOne(() => AddressPool, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pool_id' })
  pool?: AddressPool;

  @Column({ name: 'mailbox_number', type: 'int' })
  mailboxNumber: number;

  @Column({ name: 'holder_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  holderAccountId: string;

  /** The name on the first line of the address. */
  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  /** What the mailbox is for, e.g. `residency`, and that record's id. */
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'mail_handling', type: 'enum', enum: MailHandling, enumName: 'mail_handling', default: MailHandling.hold })
  mailHandling: MailHandling;

  @Column({ name: 'forwarding_address', type: 'jsonb', nullable: true })
  forwardingAddress: ForwardingAddress | null;

  @CreateDateColumn({ name: 'allocated_at', type: 'timestamptz' })
  allocatedAt: Date;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

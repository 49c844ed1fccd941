import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AddressPoolPurpose } from '../address-pool-purpose.js';
import { District } from '../district.js';

/** A deliverable address of a city office whose mailboxes are handed out to holders. */
@Entity({ name: 'address_pools' })
@Index('UQ_address_pools_code', ['code'], { unique: true })
@Index(['purpose', 'district'])
export class AddressPool {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable name of the pool, e.g. `residents-bochum-mitte`. */
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'enum', enum: AddressPoolPurpose, enumName: 'address_pool_purpose' })
  purpose: AddressPoolPurpose;

  @Column({ type: 'enum', enum: District, enumName: 'address_pool_district' })
  district: District;

  /** The office the holder's mail is addressed in care of. */
  @Column({ name: 'care_of', type: 'varchar', length: 120 })
  careOf: string;

  @Column({ type: 'varchar', length: 120 })
  street: string;

  @Column({ type: 'varchar', length: 10 })
  postcode: string;

  @Column({ type: 'varchar', length: 80 })
  city: string;

  @Column({ name: 'mailbox_prefix', type: 'varchar', length: 8 })
  mailboxPrefix: string;

  /** The highest mailbox number handed out; numbers are never reused. */
  @Column({ name: 'last_mailbox_number', type: 'int', default: 0 })
  lastMailboxNumber: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AddressPool } from '../../entities/address-pool.entity.js';

/**
 * A mailbox at a partner service point handed to one establishment of a company. As with residents'
 * mailboxes, the unique (pool, mailbox) constraint decides that no mailbox ever has two holders; the
 * unique establishment makes allocation idempotent per establishment.
 */
@Entity({ name: 'business_address_allocations' })
@Index('UQ_business_address_allocations_mailbox', ['poolId', 'mailboxNumber'], { unique: true })
@Index('UQ_business_address_allocations_establishment', ['establishmentId'], { unique: true })
@Index(['companyId'])
export class BusinessAddressAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pool_id', type: 'uuid' })
  poolId: string;

  @ManyToOne(() => AddressPool, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pool_id' })
  pool?: AddressPool;

  @Column({ name: 'mailbox_number', type: 'int' })
  mailboxNumber: number;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'establishment_id', type: 'uuid' })
  establishmentId: string;

  /** The company's legal name at allocation: the first line of the address. */
  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @CreateDateColumn({ name: 'allocated_at', type: 'timestamptz' })
  allocatedAt: Date;
}

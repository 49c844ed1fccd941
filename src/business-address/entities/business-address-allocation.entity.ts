import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

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

  /** The addresses domain's pool (read through its `AddressPools` service); referenced by entity name only. */
  @Column({ name: 'pool_id', type: 'uuid' })
  @ForeignKey('AddressPool', { onDelete: 'RESTRICT' })
  poolId: string;

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

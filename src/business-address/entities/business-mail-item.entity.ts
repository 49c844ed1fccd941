import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MailHandling, type ForwardingAddress } from '../../addresses/index.js';
import { BusinessMailItemStatus } from '../business-mail-status.js';
import { BusinessAddressAllocation } from './business-address-allocation.entity.js';

/** A letter that arrived at a service point for a company's mailbox, with its scan if scanned. */
@Entity({ name: 'business_mail_items' })
@Index(['companyId', 'receivedAt'])
@Index(['allocationId'])
export class BusinessMailItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @ManyToOne(() => BusinessAddressAllocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: BusinessAddressAllocation;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'varchar', length: 200 })
  sender: string;

  /** The day the letter arrived at the service point (Europe/Berlin). */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'enum', enum: MailHandling, enumName: 'business_mail_item_handling' })
  handling: MailHandling;

  @Column({ type: 'enum', enum: BusinessMailItemStatus, enumName: 'business_mail_item_status' })
  status: BusinessMailItemStatus;

  /** Where the letter goes, for forwarded mail: the address at the time it was recorded. */
  @Column({ name: 'forwarding_address', type: 'jsonb', nullable: true })
  forwardingAddress: ForwardingAddress | null;

  /** Random key of the scan under FILES_DIR/business-mail; never derived from anything sent. */
  @Column({ name: 'scan_storage_key', type: 'char', length: 40, nullable: true })
  scanStorageKey: string | null;

  @Column({ name: 'scan_media_type', type: 'varchar', length: 40, nullable: true })
  scanMediaType: string | null;

  @Column({ name: 'scan_size_bytes', type: 'int', nullable: true })
  scanSizeBytes: number | null;

  @Column({ name: 'scan_sha256', type: 'char', length: 64, nullable: true })
  scanSha256: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

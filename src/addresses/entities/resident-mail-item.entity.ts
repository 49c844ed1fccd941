import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MailHandling } from '../mail-handling.js';
import { ResidentMailStatus } from '../resident-mail-status.js';
import { AddressAllocation, type ForwardingAddress } from './address-allocation.entity.js';

/** A letter that arrived at the office for a resident's mailbox (`BO-…`), with its scan if scanned. */
@Entity({ name: 'resident_mail_items' })
@Index('IDX_resident_mail_items_holder_received', ['holderAccountId', 'receivedAt'])
@Index('IDX_resident_mail_items_allocation', ['allocationId'])
@Check(
  'CHK_resident_mail_items_scan',
  `("scan_storage_key" IS NULL) = ("scan_media_type" IS NULL) AND ("scan_storage_key" IS NULL) = ("scan_sha256" IS NULL)`,
)
@Check(
  'CHK_resident_mail_items_status',
  `("handling" = 'scan' AND "status" = 'scanned' AND "scan_storage_key" IS NOT NULL) OR ("handling" = 'forward' AND "status" IN ('awaiting_forwarding', 'forwarded') AND "forwarding_address" IS NOT NULL) OR ("handling" = 'hold' AND "status" IN ('awaiting_pickup', 'picked_up'))`,
)
export class ResidentMailItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_resident_mail_items' })
  id: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @ManyToOne(() => AddressAllocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id', foreignKeyConstraintName: 'FK_resident_mail_items_allocation' })
  allocation?: AddressAllocation;

  /** The mailbox's holder when the letter arrived: only they read it. */
  @Column({ name: 'holder_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE', name: 'FK_resident_mail_items_holder' })
  holderAccountId: string;

  @Column({ type: 'varchar', length: 200 })
  sender: string;

  /** The day the letter arrived at the office (Europe/Berlin). */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'enum', enum: MailHandling, enumName: 'mail_handling' })
  handling: MailHandling;

  @Column({ type: 'enum', enum: ResidentMailStatus, enumName: 'resident_mail_status' })
  status: ResidentMailStatus;

  /** Where a forwarded letter goes: the address when it was recorded. */
  @Column({ name: 'forwarding_address', type: 'jsonb', nullable: true })
  forwardingAddress: ForwardingAddress | null;

  /** Random key of the scan under FILES_DIR/resident-mail; never derived from anything sent. */
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

  /** When it was forwarded or picked up (for a scan: when it was recorded). */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

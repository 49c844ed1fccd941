import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MailDeskLetterColumns } from '../../common/mail-desk/index.js';
import { MailHandling } from '../mail-handling.js';
import { ResidentMailStatus } from '../resident-mail-status.js';
import { AddressAllocation } from './address-allocation.entity.js';

/** A letter that arrived at the office for a resident's mailbox (`BO-…`), with its scan if scanned (columns of the mail desk's letters). */
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
export class ResidentMailItem extends MailDeskLetterColumns {
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

  @Column({ type: 'enum', enum: MailHandling, enumName: 'mail_handling' })
  handling: MailHandling;

  @Column({ type: 'enum', enum: ResidentMailStatus, enumName: 'resident_mail_status' })
  status: ResidentMailStatus;
}

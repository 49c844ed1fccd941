import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MailHandling } from '../../addresses/index.js';
import { MailDeskLetterColumns } from '../../common/mail-desk/index.js';
import { BusinessMailItemStatus } from '../business-mail-status.js';
import { BusinessAddressAllocation } from './business-address-allocation.entity.js';

/** A letter that arrived at a service point for a company's mailbox, with its scan if scanned (columns of the mail desk's letters). */
@Entity({ name: 'business_mail_items' })
@Index(['companyId', 'receivedAt'])
@Index(['allocationId'])
export class BusinessMailItem extends MailDeskLetterColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @ManyToOne(() => BusinessAddressAllocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: BusinessAddressAllocation;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'enum', enum: MailHandling, enumName: 'business_mail_item_handling' })
  handling: MailHandling;

  @Column({ type: 'enum', enum: BusinessMailItemStatus, enumName: 'business_mail_item_status' })
  status: BusinessMailItemStatus;
}

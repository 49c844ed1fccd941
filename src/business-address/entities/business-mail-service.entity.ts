import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MailHandling, type ForwardingAddress } from '../../addresses/index.js';
import { BusinessMailServiceStatus } from '../business-mail-status.js';
import { BusinessAddressAllocation } from './business-address-allocation.entity.js';

/** The postal service booked for one business address: how letters are handled, and its fee. */
@Entity({ name: 'business_mail_services' })
@Index('UQ_business_mail_services_allocation', ['allocationId'], { unique: true })
@Index(['companyId'])
export class BusinessMailService {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @ManyToOne(() => BusinessAddressAllocation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: BusinessAddressAllocation;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'enum', enum: BusinessMailServiceStatus, enumName: 'business_mail_service_status' })
  status: BusinessMailServiceStatus;

  @Column({ name: 'mail_handling', type: 'enum', enum: MailHandling, enumName: 'business_mail_service_handling' })
  mailHandling: MailHandling;

  @Column({ name: 'forwarding_address', type: 'jsonb', nullable: true })
  forwardingAddress: ForwardingAddress | null;

  /** The monthly fee when the service was booked, integer cents (0 = free). */
  @Column({ name: 'monthly_fee_cents', type: 'int' })
  monthlyFeeCents: number;

  /** End of the paid months; null for a free service. */
  @Column({ name: 'paid_until', type: 'timestamptz', nullable: true })
  paidUntil: Date | null;

  /** The charge to pay while the service awaits payment (the payment subject id). */
  @Column({ name: 'open_charge_id', type: 'uuid', nullable: true })
  openChargeId: string | null;

  @Column({ name: 'booked_by', type: 'uuid' })
  bookedBy: string;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

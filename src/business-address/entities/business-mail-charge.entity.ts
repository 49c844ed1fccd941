import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BusinessMailService } from './business-mail-service.entity.js';

/**
 * One month of the postal service to pay: the payment subject (a subject can be paid once, so each
 * month, and each new booking, is a charge of its own). Paid, it covers one month.
 */
@Entity({ name: 'business_mail_charges' })
@Index(['serviceId'])
export class BusinessMailCharge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => BusinessMailService, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: BusinessMailService;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'fee_cents', type: 'int' })
  feeCents: number;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ name: 'covers_from', type: 'timestamptz', nullable: true })
  coversFrom: Date | null;

  @Column({ name: 'covers_until', type: 'timestamptz', nullable: true })
  coversUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

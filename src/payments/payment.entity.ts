import { Column, CreateDateColumn, Entity, ForeignKey, Generated, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PaymentProviderName } from './payment-provider-name.js';
import { PaymentPurpose } from './payment-purpose.js';
import { formatPaymentReference, yearInBerlin } from './payment-reference.js';
import { PaymentStatus } from './payment-status.js';

/** One attempt to pay a fee for one thing (its subject), by one account. */
@Entity({ name: 'payments' })
@Index('UQ_payments_payer_idempotency_key', ['payerAccountId', 'idempotencyKey'], { unique: true })
@Index(['payerAccountId', 'createdAt'])
@Index(['subjectType', 'subjectId', 'purpose'])
/** At most one open (pending) payment per subject: a second start gets that one (payment.service.ts). */
@Index('UQ_payments_open_subject', ['purpose', 'subjectType', 'subjectId'], { unique: true, where: `"status" = 'pending'` })
export class Payment {
  /** Derived from payer and idempotency key (see payment-id.ts), so retries name the same payment. */
  @PrimaryColumn('uuid')
  id: string;

  /** The running number of the human-readable reference. */
  @Index('UQ_payments_reference_number', { unique: true })
  @Column({ name: 'reference_number', type: 'int' })
  @Generated('increment')
  referenceNumber: number;

  @Column({ type: 'enum', enum: PaymentPurpose, enumName: 'payment_purpose' })
  purpose: PaymentPurpose;

  @Column({ name: 'subject_type', type: 'varchar', length: 60 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 100 })
  subjectId: string;

  @Column({ name: 'payer_account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'RESTRICT' })
  payerAccountId: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'enum', enum: PaymentStatus, enumName: 'payment_status', default: PaymentStatus.pending })
  status: PaymentStatus;

  /** Null for a free purpose: it succeeds without a provider. */
  @Column({ type: 'enum', enum: PaymentProviderName, enumName: 'payment_provider', nullable: true })
  provider: PaymentProviderName | null;

  @Index('UQ_payments_checkout_session_id', { unique: true })
  @Column({ name: 'checkout_session_id', type: 'varchar', length: 255, nullable: true })
  checkoutSessionId: string | null;

  @Column({ name: 'checkout_url', type: 'varchar', length: 2048, nullable: true })
  checkoutUrl: string | null;

  @Index()
  @Column({ name: 'payment_intent_id', type: 'varchar', length: 255, nullable: true })
  paymentIntentId: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** SHA-256 of the input the key was first used with; the same key with other input is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'failure_reason', type: 'varchar', length: 200, nullable: true })
  failureReason: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'refund_reason', type: 'varchar', length: 500, nullable: true })
  refundReason: string | null;

  @Column({ name: 'refund_idempotency_key', type: 'varchar', length: 100, nullable: true })
  refundIdempotencyKey: string | null;

  @Column({ name: 'refund_id', type: 'varchar', length: 255, nullable: true })
  refundId: string | null;

  @Column({ name: 'refund_requested_by', type: 'uuid', nullable: true })
  refundRequestedBy: string | null;

  @Column({ name: 'refund_requested_at', type: 'timestamptz', nullable: true })
  refundRequestedAt: Date | null;

  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true })
  refundedAt: Date | null;

  /** Set when the payer was told about the payment (e-mail and in-app), so a retried job tells once. */
  @Column({ name: 'receipt_sent_at', type: 'timestamptz', nullable: true })
  receiptSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  get reference(): string {
    return formatPaymentReference(yearInBerlin(this.createdAt), this.referenceNumber);
  }
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The local sandbox's own record of a checkout session, shaped like Stripe's: the webhook handler
 * re-reads it exactly as it would ask Stripe. Only the sandbox writes it.
 */
@Entity({ name: 'sandbox_checkout_sessions' })
export class SandboxCheckoutSession {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id: string;

  /** Like Stripe's Idempotency-Key: the same key returns the same session. */
  @Index('UQ_sandbox_checkout_sessions_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** SHA-256 of the creation parameters; the same key with other parameters is an error, as at Stripe. */
  @Column({ name: 'params_hash', type: 'char', length: 64 })
  paramsHash: string;

  @Column({ name: 'client_reference_id', type: 'varchar', length: 200 })
  clientReferenceId: string;

  @Column({ name: 'amount_total', type: 'int' })
  amountTotal: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  @Column({ name: 'success_url', type: 'varchar', length: 2048 })
  successUrl: string;

  @Column({ name: 'cancel_url', type: 'varchar', length: 2048 })
  cancelUrl: string;

  /** `open` → `complete` | `expired`, as Stripe's checkout session status. */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  /** `unpaid` | `paid`, as Stripe's payment_status. */
  @Column({ name: 'payment_status', type: 'varchar', length: 20 })
  paymentStatus: string;

  @Column({ name: 'payment_intent_id', type: 'varchar', length: 80 })
  paymentIntentId: string;

  /** `requires_payment_method` | `succeeded` | `payment_failed`, a simplified payment intent status. */
  @Column({ name: 'payment_intent_status', type: 'varchar', length: 40 })
  paymentIntentStatus: string;

  @Column({ name: 'refund_id', type: 'varchar', length: 80, nullable: true })
  refundId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

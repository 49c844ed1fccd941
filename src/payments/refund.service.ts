import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids/is-uuid.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { staffMayHandle, staffPurposesOf } from './payment-access.js';
import { Payment } from './payment.entity.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentsException } from './payments.exception.js';
import { ActivePaymentProvider } from './providers/active-payment-provider.js';

/** The reason recorded on a payment refunded because the subject had been paid already (followed by that payment's reference). */
export const DUPLICATE_REFUND_REASON = 'Duplicate payment: the fee had already been paid with';

export interface RefundPayment {
  paymentId: string;
  reason: string;
  idempotencyKey: string;
}

/**
 * Refunds by staff, with a reason, audited. The refund is asked of the provider here; the status
 * becomes `refunded` only when the provider's `charge.refunded` webhook confirms it.
 */
@Injectable()
export class RefundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly provider: ActivePaymentProvider,
    private readonly audit: AuditService,
  ) {}

  /**
   * Staff of the office that handles the payment's purpose (payment-access.ts) refund it in full;
   * another office's payment answers NOT_FOUND, as an unknown id does. Refunds are whole: a refund
   * undoes what the fee paid for (the subject's domain reacts to PAYMENT_REFUNDED), so a partial
   * one would leave the subject half paid.
   */
  async refund(actor: Actor, input: RefundPayment): Promise<Payment> {
    if (!staffPurposesOf(actor).length) throw DomainException.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const payment = isUuid(input.paymentId)
        ? await manager.findOne(Payment, { where: { id: input.paymentId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!payment || !staffMayHandle(actor, payment.purpose)) throw DomainException.notFound();
      if (payment.refundIdempotencyKey) {
        if (payment.refundIdempotencyKey === input.idempotencyKey) return payment;
        throw PaymentsException.refundAlreadyRequested();
      }
      if (!this.refundable(payment)) throw PaymentsException.notRefundable();
      return this.requestRefund(manager, payment, {
        reason: input.reason,
        idempotencyKey: input.idempotencyKey,
        requestedBy: actor.accountId,
        action: 'payment.refund_requested',
      });
    });
  }

  /**
   * Refunds a payment that succeeded after another one had already paid the same subject (two tabs,
   * or a webhook for an older checkout): no staff involved, recorded on the payment and in the audit
   * log. Safe to repeat; called by the job that the payment's transition to `succeeded` enqueued.
   */
  async refundDuplicate(paymentId: string, duplicateOf: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const payment = await manager.findOne(Payment, { where: { id: paymentId }, lock: { mode: 'pessimistic_write' } });
      if (!payment || payment.refundIdempotencyKey || !this.refundable(payment)) return;
      const original = await manager.findOneBy(Payment, { id: duplicateOf });
      await this.requestRefund(manager, payment, {
        reason: `${DUPLICATE_REFUND_REASON} ${original?.reference ?? duplicateOf}`,
        idempotencyKey: `duplicate-of-${duplicateOf}`.slice(0, 100),
        requestedBy: null,
        action: 'payment.duplicate_refund_requested',
        details: { duplicateOf },
      });
    });
  }

  private refundable(
    payment: Payment,
  ): payment is Payment & { provider: NonNullable<Payment['provider']>; paymentIntentId: string; checkoutSessionId: string } {
    return payment.status === PaymentStatus.succeeded && !!payment.provider && !!payment.paymentIntentId && !!payment.checkoutSessionId;
  }

  private async requestRefund(
    manager: EntityManager,
    payment: Payment,
    request: { reason: string; idempotencyKey: string; requestedBy: string | null; action: string; details?: Record<string, unknown> },
  ): Promise<Payment> {
    const refund = await this.provider.get(payment.provider!).refund({
      sessionId: payment.checkoutSessionId!,
      paymentIntentId: payment.paymentIntentId!,
      amountCents: payment.amountCents,
      reason: request.reason,
      // One refund per payment at the provider, whatever keys staff send.
      idempotencyKey: `refund-${payment.id}`,
    });
    Object.assign(payment, {
      refundReason: request.reason,
      refundIdempotencyKey: request.idempotencyKey,
      refundId: refund.refundId,
      refundRequestedBy: request.requestedBy,
      refundRequestedAt: new Date(),
    });
    await manager.save(payment);
    await this.audit.record(
      {
        action: request.action,
        actorAccountId: request.requestedBy,
        subjectType: 'payment',
        subjectId: payment.id,
        details: {
          reason: request.reason,
          amountCents: payment.amountCents,
          currency: payment.currency,
          reference: payment.reference,
          refundId: refund.refundId,
          ...request.details,
        },
      },
      manager,
    );
    return payment;
  }
}

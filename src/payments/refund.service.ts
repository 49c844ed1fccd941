import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids/is-uuid.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { isStaff } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Payment } from './payment.entity.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentsException } from './payments.exception.js';
import { ActivePaymentProvider } from './providers/active-payment-provider.js';

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

  async refund(actor: Actor, input: RefundPayment): Promise<Payment> {
    if (!isStaff(actor)) throw DomainException.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const payment = isUuid(input.paymentId)
        ? await manager.findOne(Payment, { where: { id: input.paymentId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!payment) throw DomainException.notFound();
      if (payment.refundIdempotencyKey) {
        if (payment.refundIdempotencyKey === input.idempotencyKey) return payment;
        throw PaymentsException.refundAlreadyRequested();
      }
      if (payment.status !== PaymentStatus.succeeded || !payment.provider || !payment.paymentIntentId || !payment.checkoutSessionId) {
        throw PaymentsException.notRefundable();
      }
      const refund = await this.provider.get(payment.provider).refund({
        sessionId: payment.checkoutSessionId,
        paymentIntentId: payment.paymentIntentId,
        amountCents: payment.amountCents,
        reason: input.reason,
        // One refund per payment at the provider, whatever keys staff send.
        idempotencyKey: `refund-${payment.id}`,
      });
      Object.assign(payment, {
        refundReason: input.reason,
        refundIdempotencyKey: input.idempotencyKey,
        refundId: refund.refundId,
        refundRequestedBy: actor.accountId,
        refundRequestedAt: new Date(),
      });
      await manager.save(payment);
      await this.audit.record(
        {
          action: 'payment.refund_requested',
          actorAccountId: actor.accountId,
          subjectType: 'payment',
          subjectId: payment.id,
          details: { reason: input.reason, amountCents: payment.amountCents, currency: payment.currency, reference: payment.reference, refundId: refund.refundId },
        },
        manager,
      );
      return payment;
    });
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseQueue } from '../backoffice/index.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { PAYMENT_REFUNDED, PaymentPurpose, type PaymentEventPayload } from '../payments/index.js';
import { TradeRegistration } from './entities/trade-registration.entity.js';
import { TRADE_REGISTRATION_CASE_KIND, TRADE_REGISTRATION_SUBJECT } from './trade-registration-case-kind.js';
import { TradeRegistrationStatus } from './trade-registration-status.js';

/** Case timeline event: the fee of the registration was refunded. */
export const FEE_REFUNDED_EVENT = 'fee_refunded';

/**
 * Trade registration's rule for a refunded fee. Before the office decided (paid, info requested) the
 * registration goes back to awaiting payment (`submitted`, the status that takes the fee). After a
 * decision (registered, rejected) nothing is undone: a registration is a legal record, so the refund
 * is written on the case's timeline (`fee_refunded`, `decisionNeeded`) and in the audit log for staff
 * to decide (the finding `fee_refunded_decision_needed`). Idempotent (at-least-once delivery).
 */
@Injectable()
export class TradeRegistrationFeeRefunds implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly queue: CaseQueue,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PAYMENT_REFUNDED, 'trade-registration', (payment) => this.onRefunded(payment));
  }

  async onRefunded(payment: PaymentEventPayload): Promise<void> {
    if (payment.subjectType !== TRADE_REGISTRATION_SUBJECT || payment.purpose !== PaymentPurpose.trade_registration) return;
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(TradeRegistration, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.status === TradeRegistrationStatus.draft || found.status === TradeRegistrationStatus.submitted) return;
      const already = await manager.query(
        `SELECT 1 FROM audit_events WHERE subject_type = $1 AND subject_id = $2 AND action LIKE 'trade_registration.fee_refunded%' AND details->>'paymentId' = $3`,
        [TRADE_REGISTRATION_SUBJECT, found.id, payment.paymentId],
      );
      if (already.length) return;
      const beforeDecision = found.status === TradeRegistrationStatus.paid || found.status === TradeRegistrationStatus.info_requested;
      if (beforeDecision)
        await manager.update(TradeRegistration, { id: found.id }, { status: TradeRegistrationStatus.submitted, paidAt: null });
      await this.queue.record(manager, TRADE_REGISTRATION_CASE_KIND, found.id, FEE_REFUNDED_EVENT, null, {
        // After a decision staff must decide what the refund means; before one it is back to awaiting payment.
        findings: [beforeDecision ? 'fee_refunded_awaiting_payment' : 'fee_refunded_decision_needed'],
      });
      await this.audit.record(
        {
          action: beforeDecision ? 'trade_registration.fee_refunded' : 'trade_registration.fee_refunded_after_decision',
          subjectType: TRADE_REGISTRATION_SUBJECT,
          subjectId: found.id,
          details: { paymentId: payment.paymentId, previousStatus: found.status },
        },
        manager,
      );
    });
  }
}

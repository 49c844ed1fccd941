import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { PAYMENT_REFUNDED, PaymentPurpose, type PaymentEventPayload } from '../payments/index.js';
import { CardHolderNotifier } from './card-holder-notifier.js';
import { CARD_REQUEST_SUBJECT } from './card-request.service.js';
import { CardRequest, CardRequestStatus } from './entities/card-request.entity.js';
import { CitizenCard, CitizenCardStatus } from './entities/citizen-card.entity.js';
import { StatusListService } from './status-list.service.js';

/** The status reason of a card whose fee was refunded. */
export const FEE_REFUNDED_REASON = 'fee refunded';

/**
 * The cards domain's rule for a refunded citizen-card fee: a card is valid only while its fee is
 * paid, so the card issued for the request is revoked (reason "fee refunded", the holder is told,
 * verifiers see it in the status list) and the request goes back to `awaiting_payment`: paying
 * again issues a new card. Revoked rather than suspended: nothing staff could resume, the money
 * has gone back. Idempotent (at-least-once delivery).
 */
@Injectable()
export class CardFeeRefunds implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly notifier: CardHolderNotifier,
    private readonly audit: AuditService,
    private readonly statusList: StatusListService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PAYMENT_REFUNDED, 'cards', (payment) => this.onRefunded(payment));
  }

  async onRefunded(payment: PaymentEventPayload): Promise<void> {
    if (payment.subjectType !== CARD_REQUEST_SUBJECT || payment.purpose !== PaymentPurpose.citizen_card) return;
    const revoked = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CardRequest, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!request || request.accountId !== payment.payerAccountId || request.status !== CardRequestStatus.issued) return false;
      await manager.update(CardRequest, { id: request.id }, { status: CardRequestStatus.awaiting_payment });
      const card = request.cardId
        ? await manager.findOne(CitizenCard, {
            where: { id: request.cardId, status: In([CitizenCardStatus.active, CitizenCardStatus.suspended]) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (card) {
        await manager.update(CitizenCard, { id: card.id }, { status: CitizenCardStatus.revoked, statusReason: FEE_REFUNDED_REASON });
        await this.notifier.notify(
          manager,
          { ...card, status: CitizenCardStatus.revoked, statusReason: FEE_REFUNDED_REASON },
          'card_revoked',
          FEE_REFUNDED_REASON,
        );
      }
      await this.audit.record(
        {
          action: 'card.fee_refunded',
          subjectType: 'card_request',
          subjectId: request.id,
          details: { paymentId: payment.paymentId, revokedCardId: card?.id ?? null },
        },
        manager,
      );
      return !!card;
    });
    if (revoked) this.statusList.invalidate();
  }
}

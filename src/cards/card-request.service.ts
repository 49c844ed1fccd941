import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { FeeSchedule } from '../payments/fee-schedule.js';
import { PaymentPurpose } from '../payments/payment-purpose.js';
import { PaymentSubjects } from '../payments/subjects/payment-subjects.js';
import { ActiveResidencies } from './active-residencies.port.js';
import { CardsException } from './cards.exception.js';
import { CitizenCardService } from './citizen-card.service.js';
import { CardRequest, CardRequestStatus } from './entities/card-request.entity.js';
import { CitizenCard, CitizenCardStatus } from './entities/citizen-card.entity.js';
import { StatusListService } from './status-list.service.js';

export const CARD_REQUEST_SUBJECT = 'card_request';

interface PaymentSucceeded {
  paymentId: string;
  purpose: string;
  subjectType: string;
  subjectId: string;
  payerAccountId: string;
  amountCents: number;
}

/**
 * A resident asks for the card; with a fee the request waits for the payment (the payments domain
 * announces it as `payment.succeeded`), without one the card is issued at once.
 */
@Injectable()
export class CardRequestService implements OnModuleInit {
  private readonly logger = new Logger('CardRequests');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residencies: ActiveResidencies,
    private readonly fees: FeeSchedule,
    private readonly cards: CitizenCardService,
    private readonly statusList: StatusListService,
    private readonly events: DomainEvents,
    private readonly paymentSubjects: PaymentSubjects,
  ) {}

  onModuleInit(): void {
    this.events.subscribe<{ residencyId: string }>('residency.ended', 'cards', (residency) => this.cards.revokeForResidency(residency.residencyId, 'residency ended'));
    this.paymentSubjects.register(CARD_REQUEST_SUBJECT, {
      purposes: [PaymentPurpose.citizen_card],
      mayPay: async (actor, subjectId) =>
        isUuid(subjectId) &&
        this.dataSource.manager.existsBy(CardRequest, { id: subjectId, accountId: actor.accountId, status: CardRequestStatus.awaiting_payment }),
    });
    this.events.subscribe<PaymentSucceeded>('payment.succeeded', 'cards', (payment) => this.onPaymentSucceeded(payment));
  }

  async request(actor: Actor, input: { idempotencyKey: string }): Promise<CardRequest> {
    const request = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`card-request:${actor.accountId}`]);
      const repeated = await manager.findOneBy(CardRequest, { accountId: actor.accountId, idempotencyKey: input.idempotencyKey });
      if (repeated) return repeated;
      const residency = await this.residencies.activeResidencyOf(actor.accountId);
      if (!residency) throw CardsException.noActiveResidency();
      if (await manager.existsBy(CitizenCard, { accountId: actor.accountId, status: In([CitizenCardStatus.active, CitizenCardStatus.suspended]) })) {
        throw CardsException.alreadyHasCard();
      }
      const open = await manager.findOneBy(CardRequest, { accountId: actor.accountId, status: CardRequestStatus.awaiting_payment });
      if (open) return open;
      const fee = this.fees.feeFor(PaymentPurpose.citizen_card);
      const created = await manager.save(
        manager.create(CardRequest, {
          accountId: actor.accountId,
          residencyId: residency.id,
          holderName: `${residency.holderName.givenName} ${residency.holderName.familyName}`.trim(),
          idempotencyKey: input.idempotencyKey,
          feeCents: fee.amountCents,
          status: CardRequestStatus.awaiting_payment,
        }),
      );
      return fee.amountCents === 0 ? this.issueFor(manager, created) : created;
    });
    this.statusList.invalidate();
    return request;
  }

  async myRequests(actor: Actor): Promise<CardRequest[]> {
    return this.dataSource.manager.find(CardRequest, { where: { accountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  private async onPaymentSucceeded(payment: PaymentSucceeded): Promise<void> {
    if (payment.subjectType !== CARD_REQUEST_SUBJECT) return;
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CardRequest, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!request || request.status !== CardRequestStatus.awaiting_payment) return;
      if (payment.purpose !== PaymentPurpose.citizen_card || payment.payerAccountId !== request.accountId || payment.amountCents < request.feeCents) {
        this.logger.warn(`payment ${payment.paymentId} does not pay card request ${request.id}; ignored`);
        return;
      }
      await this.issueFor(manager, request);
    });
    this.statusList.invalidate();
  }

  private async issueFor(manager: EntityManager, request: CardRequest): Promise<CardRequest> {
    const residency = await this.residencies.activeResidencyOf(request.accountId);
    if (!residency) throw CardsException.noActiveResidency();
    const card = await this.cards.issue(manager, { accountId: request.accountId, residency });
    await manager.update(CardRequest, { id: request.id }, { status: CardRequestStatus.issued, cardId: card.id });
    return { ...request, status: CardRequestStatus.issued, cardId: card.id };
  }
}

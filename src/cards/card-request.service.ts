import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { DomainEvents } from '../common/events/domain-events.js';
import {
  FeeSchedule,
  PAYMENT_SUCCEEDED,
  PaymentPurpose,
  PaymentSubjects,
  type PaymentEventPayload,
  PaymentService,
} from '../payments/index.js';
import { RESIDENCY_ENDED, ResidencyService } from '../residency/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { idempotent } from '../common/idempotency/index.js';
import { LocalQueue } from '../database/local-queue.js';
import { CardEntitlements } from './card-entitlements.js';
import { CardsException } from './cards.exception.js';
import { CitizenCardService } from './citizen-card.service.js';
import { CardRequest, CardRequestStatus } from './entities/card-request.entity.js';
import { CitizenCard, CitizenCardStatus } from './entities/citizen-card.entity.js';
import { CardEntitlementStatus } from './entities/card-entitlement.entity.js';
import { StatusListService } from './status-list.service.js';
import { fullName } from '../../packages/shared/src/person-name.js';

export const CARD_REQUEST_SUBJECT = 'card_request';

/**
 * A resident asks for the card; with a fee the request waits for the payment (the payments domain
 * announces it as `payment.succeeded`), without one the card is issued at once.
 */
@Injectable()
export class CardRequestService implements OnModuleInit {
  private readonly logger = new Logger('CardRequests');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residencies: ResidencyService,
    private readonly fees: FeeSchedule,
    private readonly cards: CitizenCardService,
    private readonly statusList: StatusListService,
    private readonly events: DomainEvents,
    private readonly paymentSubjects: PaymentSubjects,
    private readonly payments: PaymentService,
    private readonly queue: LocalQueue,
    private readonly entitlements: CardEntitlements,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(RESIDENCY_ENDED, 'cards', (residency) => this.cards.revokeForResidency(residency.residencyId, 'residency ended'));
    this.paymentSubjects.register(CARD_REQUEST_SUBJECT, {
      purposes: [PaymentPurpose.citizen_card],
      mayPay: async (actor, subjectId) =>
        isUuid(subjectId) &&
        this.dataSource.manager.existsBy(CardRequest, {
          id: subjectId,
          accountId: actor.accountId,
          status: CardRequestStatus.awaiting_payment,
        }),
    });
    this.events.subscribe(PAYMENT_SUCCEEDED, 'cards', (payment) => this.onPaymentSucceeded(payment));
  }

  /**
   * Requests the card (idempotent per key). Everything runs on the transaction's one connection (the
   * lock wait is bounded by lock_timeout): the per-account advisory lock serialises "one open request,
   * one card", the key's unique constraint decides retries (src/common/idempotency).
   */
  async request(actor: Actor, input: { idempotencyKey: string }): Promise<CardRequest> {
    const key = { accountId: actor.accountId, idempotencyKey: input.idempotencyKey };
    // Retries after the request exists need neither lock nor transaction.
    const known = await this.dataSource.manager.findOneBy(CardRequest, key);
    if (known) return known;
    const lock = `card-request:${actor.accountId}`;
    // Queued in this process first, so a burst of one resident holds one pool connection, not all of them.
    const request = await this.queue.run(lock, () =>
      this.dataSource.transaction(async (manager) => {
        // One decision at a time per resident: "one open request, one card", and a retry sees the first attempt's result.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
        return idempotent(manager, {
          keyConstraints: ['UQ_card_requests_idempotency'],
          find: (current) => current.findOneBy(CardRequest, key),
          sameRequest: () => true,
          conflict: () => CardsException.alreadyHasCard(),
          create: (current) => this.create(current, actor, input.idempotencyKey),
        });
      }),
    );
    this.statusList.invalidate();
    return request;
  }

  private async create(manager: EntityManager, actor: Actor, idempotencyKey: string): Promise<CardRequest> {
    // No new card while staff have suspended or revoked the person's entitlement (the row lock decides against a racing suspension).
    await this.entitlements.requireActive(manager, actor.accountId);
    const residency = await this.residencies.activeResidencyOf(actor.accountId, manager);
    if (!residency) throw CardsException.noActiveResidency();
    if (
      await manager.existsBy(CitizenCard, {
        accountId: actor.accountId,
        status: In([CitizenCardStatus.active, CitizenCardStatus.suspended]),
      })
    ) {
      throw CardsException.alreadyHasCard();
    }
    const open = await manager.findOneBy(CardRequest, { accountId: actor.accountId, status: CardRequestStatus.awaiting_payment });
    if (open) return open;
    const fee = this.fees.feeFor(PaymentPurpose.citizen_card);
    const created = await manager.save(
      manager.create(CardRequest, {
        accountId: actor.accountId,
        residencyId: residency.id,
        holderName: fullName(residency.holderName),
        idempotencyKey,
        feeCents: fee.amountCents,
        status: CardRequestStatus.awaiting_payment,
      }),
    );
    return fee.amountCents === 0 ? this.issueFor(manager, created) : created;
  }

  async myRequests(actor: Actor): Promise<CardRequest[]> {
    return this.dataSource.manager.find(CardRequest, { where: { accountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  private async onPaymentSucceeded(payment: PaymentEventPayload): Promise<void> {
    if (payment.subjectType !== CARD_REQUEST_SUBJECT) return;
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CardRequest, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!request || request.status !== CardRequestStatus.awaiting_payment) return;
      if (
        payment.purpose !== PaymentPurpose.citizen_card ||
        payment.payerAccountId !== request.accountId ||
        payment.amountCents < request.feeCents
      ) {
        this.logger.warn(`payment ${payment.paymentId} does not pay card request ${request.id}; ignored`);
        return;
      }
      if (!(await this.payments.isStillPaid(manager, payment.paymentId))) return;
      // Paid before a suspension: the card is issued and suspended with the person's other cards; revoked: none is issued.
      if ((await this.entitlements.lock(manager, request.accountId)).status === CardEntitlementStatus.revoked) {
        this.logger.warn(`card request ${request.id} paid after the holder's card entitlement was revoked; no card issued`);
        return;
      }
      await this.issueFor(manager, request, { whileSuspended: true });
    });
    this.statusList.invalidate();
  }

  private async issueFor(manager: EntityManager, request: CardRequest, options: { whileSuspended?: boolean } = {}): Promise<CardRequest> {
    const residency = await this.residencies.activeResidencyOf(request.accountId, manager);
    if (!residency) throw CardsException.noActiveResidency();
    const card = await this.cards.issue(manager, { accountId: request.accountId, residency }, options);
    await manager.update(CardRequest, { id: request.id }, { status: CardRequestStatus.issued, cardId: card.id });
    return { ...request, status: CardRequestStatus.issued, cardId: card.id };
  }
}

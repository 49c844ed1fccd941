import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids/is-uuid.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Actor } from '../common/auth/actor.js';
import { isStaff } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { FeeSchedule } from './fee-schedule.js';
import { PayerDirectory } from './payer-directory.js';
import { Payment } from './payment.entity.js';
import { paymentIdFor, requestHashOf } from './payment-identity.js';
import type { PaymentPurpose } from './payment-purpose.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentTexts } from './payment-texts.js';
import { PaymentTransitions } from './payment-transitions.js';
import { PaymentsException } from './payments.exception.js';
import { ActivePaymentProvider } from './providers/active-payment-provider.js';
import { PaymentSubjects } from './subjects/payment-subjects.js';

export interface StartPayment {
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
  idempotencyKey: string;
  /** A path of the web client to come back to after checkout, e.g. `/account`. */
  returnPath?: string;
}

/** Namespaces of the advisory locks that serialise starting payments (per payer, per subject). */
const PAYER_LOCK = 7_301;
const SUBJECT_LOCK = 7_302;

/** Starting payments and reading them; authorization is decided here, with the actor first. */
@Injectable()
export class PaymentService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fees: FeeSchedule,
    private readonly subjects: PaymentSubjects,
    private readonly provider: ActivePaymentProvider,
    private readonly transitions: PaymentTransitions,
    private readonly payers: PayerDirectory,
    private readonly texts: PaymentTexts,
    private readonly audit: AuditService,
  ) {}

  /**
   * Starts (or, for a key used before with the same input, returns) a payment. Concurrent retries
   * queue on an advisory lock per payer, so exactly one of them creates the row and the checkout.
   */
  async start(actor: Actor, input: StartPayment): Promise<Payment> {
    const requestHash = requestHashOf(input);
    const key = { payerAccountId: actor.accountId, idempotencyKey: input.idempotencyKey };
    const replay = (earlier: Payment) => {
      if (earlier.requestHash !== requestHash) throw PaymentsException.idempotencyKeyReused();
      return earlier;
    };
    // Retries after the payment exists need neither lock nor transaction.
    const known = await this.dataSource.manager.findOneBy(Payment, key);
    if (known) return replay(known);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PAYER_LOCK, actor.accountId]);
      const earlier = await manager.findOneBy(Payment, key);
      if (earlier) return replay(earlier);
      await this.subjects.assertPayable(actor, input.purpose, input.subjectType, input.subjectId);
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SUBJECT_LOCK, `${input.purpose}:${input.subjectType}:${input.subjectId}`]);
      const paid = await manager.existsBy(Payment, {
        purpose: input.purpose,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        status: PaymentStatus.succeeded,
      });
      if (paid) throw PaymentsException.alreadyPaid();
      return this.create(manager, actor, input, requestHash);
    });
  }

  private async create(manager: EntityManager, actor: Actor, input: StartPayment, requestHash: string): Promise<Payment> {
    const fee = this.fees.feeFor(input.purpose);
    const id = paymentIdFor(actor.accountId, input.idempotencyKey);
    const payment = manager.create(Payment, {
      id,
      purpose: input.purpose,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      payerAccountId: actor.accountId,
      amountCents: fee.amountCents,
      currency: fee.currency,
      status: PaymentStatus.pending,
      provider: null,
      idempotencyKey: input.idempotencyKey,
      requestHash,
    });
    if (fee.amountCents === 0) {
      await manager.save(payment);
      await this.transitions.apply(manager, payment, PaymentStatus.succeeded);
      return payment;
    }
    const provider = this.provider.get();
    const payer = await this.payers.contactOf(manager, actor.accountId);
    const checkout = await provider.createCheckout({
      paymentId: id,
      amountCents: fee.amountCents,
      currency: fee.currency,
      description: `${this.texts.purpose(payer.language, input.purpose)} – ${this.texts.t(payer.language, 'checkout.city', { city: this.config.cityName })}`,
      customerEmail: payer.email,
      locale: payer.language,
      successUrl: this.returnUrl(input.returnPath, id, 'success'),
      cancelUrl: this.returnUrl(input.returnPath, id, 'canceled'),
      idempotencyKey: `payment-${id}`,
    });
    Object.assign(payment, { provider: provider.name, checkoutSessionId: checkout.sessionId, checkoutUrl: checkout.url });
    return manager.save(payment);
  }

  /** The payer's own payment, or any payment for staff (their access is audited); else NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Payment> {
    const payment = isUuid(id) ? await this.dataSource.manager.findOneBy(Payment, { id }) : null;
    if (!payment) throw DomainException.notFound();
    if (payment.payerAccountId === actor.accountId) return payment;
    if (!isStaff(actor)) throw DomainException.notFound();
    await this.audit.record({ action: 'payment.viewed_by_staff', actorAccountId: actor.accountId, subjectType: 'payment', subjectId: payment.id });
    return payment;
  }

  /** The caller's payment for one subject: the one that succeeded, else the latest attempt. */
  async latestFor(actor: Actor, purpose: PaymentPurpose, subjectType: string, subjectId: string): Promise<Payment | null> {
    const where = { payerAccountId: actor.accountId, purpose, subjectType, subjectId };
    return (
      (await this.dataSource.manager.findOneBy(Payment, { ...where, status: PaymentStatus.succeeded })) ??
      (await this.dataSource.manager.findOne(Payment, { where, order: { createdAt: 'DESC', id: 'DESC' } }))
    );
  }

  async listOwn(actor: Actor, first: number, after?: string): Promise<{ items: Payment[]; hasNextPage: boolean }> {
    const query = this.dataSource.manager
      .createQueryBuilder(Payment, 'p')
      .where('p.payer_account_id = :accountId', { accountId: actor.accountId })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(first + 1);
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere('(p.created_at, p.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query.getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  cursorOf(payment: Payment): string {
    return encodeCursor({ createdAt: payment.createdAt.toISOString(), id: payment.id });
  }

  private returnUrl(returnPath: string | undefined, paymentId: string, result: 'success' | 'canceled'): string {
    const url = new URL(returnPath ?? '/account', this.config.publicUrl);
    // The input allows only local paths; this keeps a crafted one from leaving the site anyway.
    if (url.origin !== new URL(this.config.publicUrl).origin) throw DomainException.invalidInput([{ field: 'returnPath', constraint: 'localPath', messageKey: 'validation.invalid' }]);
    url.searchParams.set('payment', paymentId);
    url.searchParams.set('result', result);
    return url.toString();
  }
}

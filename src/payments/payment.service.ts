import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids/is-uuid.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { idempotent } from '../common/idempotency/index.js';
import { LocalQueue } from '../database/local-queue.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { FeeSchedule } from './fee-schedule.js';
import { PayerDirectory } from './payer-directory.js';
import { staffMayHandle, staffPurposesOf } from './payment-access.js';
import { parsePaymentReference, yearInBerlin } from './payment-reference.js';
import { Payment } from './payment.entity.js';
import { paymentIdFor, requestHashOf } from './payment-identity.js';
import type { PaymentPurpose } from './payment-purpose.js';
import { isPaid, PaymentStatus } from './payment-status.js';
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

/** What staff search payments by; every part is optional and they combine with AND. */
export interface PaymentSearch {
  /** A payment reference (`BO-P-2026-000123-7`) or the payer's e-mail address. */
  text?: string | null;
  purpose?: PaymentPurpose | null;
  status?: PaymentStatus | null;
  createdFrom?: Date | null;
  createdBefore?: Date | null;
}

/** The unique constraints that carry a payment's idempotency key (the id is derived from it too). */
const KEY_CONSTRAINTS = ['UQ_payments_payer_idempotency_key', 'PK_197ab7af18c93fbb0c9b28b4a59'];
/** At most one pending payment per subject (payment.entity.ts). */
export const OPEN_PAYMENT_CONSTRAINT = 'UQ_payments_open_subject';

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
    private readonly queue: LocalQueue,
  ) {}

  /**
   * Starts (or, for a key used before with the same input, returns) a payment. Unique constraints
   * decide, in one transaction on one connection: the payer's idempotency key (a concurrent retry
   * returns the first attempt's payment), and one open payment per subject (a second tab, with
   * another key, gets the open payment instead of a second one). The row is inserted before the
   * provider is asked for a checkout, so a checkout exists only for the payment that won.
   */
  async start(actor: Actor, input: StartPayment): Promise<Payment> {
    const requestHash = requestHashOf(input);
    const key = { payerAccountId: actor.accountId, idempotencyKey: input.idempotencyKey };
    // Retries after the payment exists need no transaction.
    const known = await this.dataSource.manager.findOneBy(Payment, key);
    if (known) {
      if (known.requestHash !== requestHash) throw PaymentsException.idempotencyKeyReused();
      return known;
    }
    // The subject's domain decides who may pay for what; asked before the transaction, so no connection is held meanwhile.
    await this.subjects.assertPayable(actor, input.purpose, input.subjectType, input.subjectId);
    const subject = { purpose: input.purpose, subjectType: input.subjectType, subjectId: input.subjectId };
    // Starts for one subject queue in this process (a burst holds one pool connection, not all of them
    // blocked on the winner's insert while it waits for the provider); the constraints decide across processes.
    return this.queue.run(`payment-subject:${subject.purpose}:${subject.subjectType}:${subject.subjectId}`, () =>
      this.dataSource.transaction((manager) =>
        idempotent(manager, {
          keyConstraints: KEY_CONSTRAINTS,
          find: (current) => current.findOneBy(Payment, key),
          sameRequest: (earlier) => earlier.requestHash === requestHash,
          conflict: () => PaymentsException.idempotencyKeyReused(),
          create: async (current) => {
            const open = await this.openPaymentFor(current, subject);
            if (open) return this.answerWithOpen(actor, open);
            if (await current.existsBy(Payment, { ...subject, status: PaymentStatus.succeeded })) throw PaymentsException.alreadyPaid();
            return this.create(current, actor, input, requestHash);
          },
          onConflict: {
            [OPEN_PAYMENT_CONSTRAINT]: async (current) => {
              const open = await this.openPaymentFor(current, subject);
              if (!open) throw PaymentsException.alreadyPaid();
              return this.answerWithOpen(actor, open);
            },
          },
        }),
      ),
    );
  }

  private openPaymentFor(manager: EntityManager, subject: Pick<Payment, 'purpose' | 'subjectType' | 'subjectId'>): Promise<Payment | null> {
    return manager.findOneBy(Payment, { ...subject, status: PaymentStatus.pending });
  }

  /** The subject's open payment answers the payer who started it; anyone else waits for it to end. */
  private answerWithOpen(actor: Actor, open: Payment): Payment {
    if (open.payerAccountId !== actor.accountId) throw PaymentsException.paymentInProgress();
    return open;
  }

  private async create(manager: EntityManager, actor: Actor, input: StartPayment, requestHash: string): Promise<Payment> {
    const fee = this.fees.feeFor(input.purpose);
    const id = paymentIdFor(actor.accountId, input.idempotencyKey);
    // Inserted first (an INSERT, never save()'s update of an existing id): the unique constraints decide before anything is asked of the provider.
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
    await manager.insert(Payment, payment);
    if (fee.amountCents === 0) {
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
    const started = { provider: provider.name, checkoutSessionId: checkout.sessionId, checkoutUrl: checkout.url };
    await manager.update(Payment, { id }, started);
    return Object.assign(payment, started);
  }

  /**
   * The payer's own payment, or for staff a payment of their office's purposes (payment-access.ts;
   * their access is audited); anything else answers NOT_FOUND, as an unknown id does.
   */
  async get(actor: Actor, id: string): Promise<Payment> {
    const payment = isUuid(id) ? await this.dataSource.manager.findOneBy(Payment, { id }) : null;
    if (!payment) throw DomainException.notFound();
    if (payment.payerAccountId === actor.accountId) return payment;
    if (!staffMayHandle(actor, payment.purpose)) throw DomainException.notFound();
    await this.audit.record({
      action: 'payment.viewed_by_staff',
      actorAccountId: actor.accountId,
      subjectType: 'payment',
      subjectId: payment.id,
    });
    return payment;
  }

  /**
   * Whether a payment still stands (succeeded, not refunded), read in the caller's transaction. A
   * domain fulfils its subject on `payment.succeeded` only while this holds: the refund's event may
   * have been handled first (when the subject was not yet fulfilled, it had nothing to undo).
   */
  async isStillPaid(manager: EntityManager, paymentId: string): Promise<boolean> {
    const payment = isUuid(paymentId) ? await manager.findOneBy(Payment, { id: paymentId }) : null;
    return !!payment && isPaid(payment.status);
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

  /**
   * Staff: payments of their office's purposes (admins: all), newest first, by reference, payer
   * e-mail, purpose, status and creation date. Other staff and everyone else are refused. Audited.
   */
  async search(actor: Actor, filter: PaymentSearch, first: number, after?: string): Promise<{ items: Payment[]; hasNextPage: boolean }> {
    const purposes = staffPurposesOf(actor);
    if (!purposes.length) throw DomainException.forbidden();
    const empty = { items: [], hasNextPage: false };
    if (filter.purpose && !purposes.includes(filter.purpose)) return empty;
    const query = this.dataSource.manager
      .createQueryBuilder(Payment, 'p')
      .where('p.purpose IN (:...purposes)', { purposes: filter.purpose ? [filter.purpose] : purposes })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(first + 1);
    const text = filter.text?.trim();
    if (text) {
      const reference = parsePaymentReference(text);
      if (reference) {
        query.andWhere('p.reference_number = :number', { number: reference.number });
      } else if (text.includes('@')) {
        const payerId = await this.payers.accountIdByEmail(text);
        if (!payerId) return empty;
        query.andWhere('p.payer_account_id = :payer', { payer: payerId });
      } else {
        return empty;
      }
    }
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.createdFrom) query.andWhere('p.created_at >= :from', { from: filter.createdFrom });
    if (filter.createdBefore) query.andWhere('p.created_at < :before', { before: filter.createdBefore });
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere('(p.created_at, p.id) < (:createdAt, :id)', { createdAt, id });
    }
    // The running number is unique; the year of the reference must match too.
    const reference = text ? parsePaymentReference(text) : null;
    const rows = (await query.getMany()).filter((payment) => !reference || yearInBerlin(payment.createdAt) === reference.year);
    await this.audit.record({
      action: 'payment.searched_by_staff',
      actorAccountId: actor.accountId,
      subjectType: 'payment',
      details: { text: text ?? null, purpose: filter.purpose ?? null, status: filter.status ?? null },
    });
    return { items: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** The payer's e-mail address, for staff who may see the payment. */
  async payerEmailOf(actor: Actor, payment: Payment): Promise<string | null> {
    if (!this.maySeePayer(actor, payment)) return null;
    return this.payers.emailOf(payment.payerAccountId);
  }

  /** Whether `actor` may see the payer of `payment` (the payer and the staff who handle it). */
  maySeePayer(actor: Actor, payment: Payment): boolean {
    return payment.payerAccountId === actor.accountId || staffMayHandle(actor, payment.purpose);
  }

  /** The payers' e-mail addresses of many accounts in one query (for lists; check `maySeePayer` per payment). */
  payerEmailsOf(accountIds: readonly string[]): Promise<Map<string, string>> {
    return this.payers.emailsOf(accountIds);
  }

  cursorOf(payment: Payment): string {
    return encodeCursor({ createdAt: payment.createdAt.toISOString(), id: payment.id });
  }

  private returnUrl(returnPath: string | undefined, paymentId: string, result: 'success' | 'canceled'): string {
    const url = new URL(returnPath ?? '/account', this.config.publicUrl);
    // The input allows only local paths; this keeps a crafted one from leaving the site anyway.
    if (url.origin !== new URL(this.config.publicUrl).origin)
      throw DomainException.invalidInput([{ field: 'returnPath', constraint: 'localPath', messageKey: 'validation.invalid' }]);
    url.searchParams.set('payment', paymentId);
    url.searchParams.set('result', result);
    return url.toString();
  }
}

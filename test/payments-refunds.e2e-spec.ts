import { randomUUID } from 'node:crypto';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { COMPANY_ADDRESSES, SET_UP_SERVICE, companyWithBusinessAddress } from './support/business-address.js';
import { grantResidency } from './support/cards.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import {
  payTradeRegistrationForTest,
  registerTradeRegistrationForTest,
  submitTradeRegistrationForTest,
} from './support/trade-registration.js';
import {
  eventually,
  jobsSettled,
  paymentOf,
  person,
  REFUND_PAYMENT,
  sandboxCheckout,
  startPayment,
  type Person,
} from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../src/common/events/domain-events.js';
import { PAYMENT_SUCCEEDED, PaymentStatus, type PaymentEventPayload } from '../src/payments/index.js';

describe('refunds tell the payer, in their language (real PostgreSQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({
      FEE_CITIZEN_CARD_CENTS: '1500',
      FEE_TRADE_REGISTRATION_CENTS: '2600',
      FEE_BUSINESS_ADDRESS_CENTS: '900',
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    });
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  async function paidPayment(payer: Person) {
    const started = (await startPayment(app, payer)).data!.startPayment;
    expect((await sandboxCheckout(app, started.checkoutUrl!, 'pay')).status).toBe(200);
    return paymentOf(app, payer, started.id);
  }

  it('sends the German payer an e-mail and an in-app notice when the refund is confirmed, once', async () => {
    const payer = await person(app, 'de');
    const payment = await paidPayment(payer);
    const staff = await person(app, 'en', ['staff_citizens_office']);
    const input = { paymentId: payment.id, reason: 'Doppelt beantragt', idempotencyKey: randomUUID() };
    const refunded = await graphql(app, REFUND_PAYMENT, { input }, { token: staff.token });
    expect(refunded.errors).toBeUndefined();

    await eventually(async () => (await paymentOf(app, payer, payment.id)).status === 'refunded');
    const mails = (await app.mailbox.list(payer.email)).filter((mail) => mail.template === 'payment_refunded');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Gebühr erstattet: 15,00\u00a0€');
    expect(mails[0].text).toContain(payment.reference);
    expect(mails[0].text).toContain('Doppelt beantragt');
    const notices = await app.sql('SELECT kind, link, params FROM in_app_notifications WHERE account_id = $1 AND kind = $2', [
      payer.accountId,
      'payment_refunded',
    ]);
    expect(notices).toEqual([
      {
        kind: 'payment_refunded',
        link: '/account/receipts',
        params: {
          amount: { money: 1500, currency: 'EUR' },
          purpose: { key: 'payments:purpose.citizen_card' },
          reference: { ltr: payment.reference },
          reason: 'Doppelt beantragt',
        },
      },
    ]);
  });

  it('tells nobody while the refund is only requested', async () => {
    const payer = await person(app, 'en');
    const payment = await paidPayment(payer);
    // Marked as requested without asking the provider: no webhook will confirm it.
    await app.sql("UPDATE payments SET refund_idempotency_key = 'x', refund_reason = 'r' WHERE id = $1", [payment.id]);
    expect(await app.sql("SELECT 1 FROM outbox_emails WHERE recipient = $1 AND template = 'payment_refunded'", [payer.email])).toEqual([]);
  });

  const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { id checkoutUrl } }';

  /** Pays for a subject in the sandbox as `token`, and returns the payment id once it succeeded. */
  async function payFor(token: string, purpose: string, subjectType: string, subjectId: string): Promise<string> {
    const started = await graphql<any>(app, START, { input: { purpose, subjectType, subjectId, idempotencyKey: randomUUID() } }, { token });
    expect(started.errors).toBeUndefined();
    expect((await sandboxCheckout(app, started.data.startPayment.checkoutUrl, 'pay')).status).toBe(200);
    await eventually(
      async () =>
        (await app.sql<{ status: string }>('SELECT status FROM payments WHERE id = $1', [started.data.startPayment.id]))[0]?.status ===
        'succeeded',
    );
    return started.data.startPayment.id;
  }

  /** An admin refunds the payment; waits until the provider confirmed and the subject's domain handled the event. */
  async function refundAndSettle(paymentId: string): Promise<void> {
    const admin = await accountWithRoles(app, ['admin']);
    const refunded = await graphql(
      app,
      REFUND_PAYMENT,
      { input: { paymentId, reason: 'Fee waived', idempotencyKey: randomUUID() } },
      { token: admin.token },
    );
    expect(refunded.errors).toBeUndefined();
    await eventually(
      async () => (await app.sql<{ status: string }>('SELECT status FROM payments WHERE id = $1', [paymentId]))[0]?.status === 'refunded',
    );
    await jobsSettled(app);
  }

  it('revokes the card whose fee was refunded (reason "fee refunded") and asks for the fee again', async () => {
    const resident = await signedInAccount(app);
    await grantResidency(app, String(resident.account.id));
    const requested = await graphql<any>(
      app,
      'mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status } }',
      { input: { idempotencyKey: randomUUID() } },
      { token: resident.token },
    );
    const requestId = requested.data.requestCitizenCard.id;
    const paymentId = await payFor(resident.token, 'citizen_card', 'card_request', requestId);
    const [issued] = await eventually(async () => {
      const rows = await app.sql<{ status: string; card_id: string }>('SELECT status, card_id FROM card_requests WHERE id = $1', [
        requestId,
      ]);
      return rows[0]?.status === 'issued' && rows;
    });

    await refundAndSettle(paymentId);
    const [card] = await eventually(async () => {
      const rows = await app.sql<{ status: string; status_reason: string }>(
        'SELECT status, status_reason FROM citizen_cards WHERE id = $1',
        [issued.card_id],
      );
      return rows[0]?.status === 'revoked' && rows;
    });
    expect(card).toEqual({ status: 'revoked', status_reason: 'fee refunded' });
    expect(await app.sql('SELECT status FROM card_requests WHERE id = $1', [requestId])).toEqual([{ status: 'awaiting_payment' }]);
    expect(
      await app.sql("SELECT 1 FROM in_app_notifications WHERE account_id = $1 AND kind = 'card_revoked'", [String(resident.account.id)]),
    ).toHaveLength(1);

    // Paying again issues a new card.
    await payFor(resident.token, 'citizen_card', 'card_request', requestId);
    await eventually(
      async () =>
        (
          await app.sql<{ n: number }>("SELECT count(*)::int AS n FROM citizen_cards WHERE account_id = $1 AND status = 'active'", [
            String(resident.account.id),
          ])
        )[0].n === 1,
    );
  });

  /** Delivers `payment.succeeded` for a payment again, as a retried or late job would after its refund was handled. */
  async function deliverSucceededLate(paymentId: string): Promise<void> {
    const [row] = await app.sql<Omit<PaymentEventPayload, 'status'> & Record<string, unknown>>(
      `SELECT id AS "paymentId", purpose, subject_type AS "subjectType", subject_id AS "subjectId", payer_account_id AS "payerAccountId",
              amount_cents AS "amountCents", currency FROM payments WHERE id = $1`,
      [paymentId],
    );
    await app.app
      .get(DataSource)
      .transaction((manager) => app.app.get(DomainEvents).publish(manager, PAYMENT_SUCCEEDED, { ...row, status: PaymentStatus.succeeded }));
    await jobsSettled(app);
  }

  it('issues no card when the success event of a refunded fee is handled after the refund', async () => {
    const resident = await signedInAccount(app);
    await grantResidency(app, String(resident.account.id));
    const requested = await graphql<any>(
      app,
      'mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id } }',
      { input: { idempotencyKey: randomUUID() } },
      { token: resident.token },
    );
    const requestId = requested.data.requestCitizenCard.id;
    const paymentId = await payFor(resident.token, 'citizen_card', 'card_request', requestId);
    await eventually(
      async () =>
        (await app.sql<{ status: string }>('SELECT status FROM card_requests WHERE id = $1', [requestId]))[0]?.status === 'issued',
    );
    await refundAndSettle(paymentId);
    await eventually(
      async () =>
        (await app.sql<{ status: string }>('SELECT status FROM card_requests WHERE id = $1', [requestId]))[0]?.status ===
        'awaiting_payment',
    );

    await deliverSucceededLate(paymentId);
    expect(await app.sql('SELECT status FROM card_requests WHERE id = $1', [requestId])).toEqual([{ status: 'awaiting_payment' }]);
    expect(
      await app.sql("SELECT id FROM citizen_cards WHERE account_id = $1 AND status IN ('active', 'suspended')", [
        String(resident.account.id),
      ]),
    ).toEqual([]);
  });

  it('keeps a trade registration unpaid when the success event of its refunded fee comes late', async () => {
    const { tradeRegistrationId, paymentId } = await tradeRepresentative();
    await refundAndSettle(paymentId);
    await eventually(
      async () =>
        (await app.sql<{ status: string }>('SELECT status FROM trade_registrations WHERE id = $1', [tradeRegistrationId]))[0].status ===
        'submitted',
    );
    await deliverSucceededLate(paymentId);
    expect(await app.sql('SELECT status, paid_at FROM trade_registrations WHERE id = $1', [tradeRegistrationId])).toEqual([
      { status: 'submitted', paid_at: null },
    ]);
  });

  async function tradeRepresentative() {
    const rep = await signedInAccount(app);
    await verifyIdentityForTest(app, String(rep.account.id), 'substantial');
    const { companyId } = await createCompanyForTest(app, rep.token);
    const { establishmentId } = await createEstablishmentForTest(app, rep.token, companyId);
    const { tradeRegistrationId } = await submitTradeRegistrationForTest(app, rep.token, companyId, establishmentId);
    await payTradeRegistrationForTest(app, rep.token, tradeRegistrationId);
    const [payment] = await app.sql<{ id: string }>("SELECT id FROM payments WHERE subject_id = $1 AND status = 'succeeded'", [
      tradeRegistrationId,
    ]);
    return { rep, tradeRegistrationId, paymentId: payment.id };
  }

  it('puts a trade registration refunded before the decision back to awaiting payment', async () => {
    const { tradeRegistrationId, paymentId } = await tradeRepresentative();
    await refundAndSettle(paymentId);
    await eventually(
      async () =>
        (await app.sql<{ status: string }>('SELECT status FROM trade_registrations WHERE id = $1', [tradeRegistrationId]))[0].status ===
        'submitted',
    );
    expect(await app.sql('SELECT paid_at FROM trade_registrations WHERE id = $1', [tradeRegistrationId])).toEqual([{ paid_at: null }]);
  });

  it('undoes nothing after registration: the case records that staff must decide', async () => {
    const { tradeRegistrationId, paymentId } = await tradeRepresentative();
    const staff = await accountWithRoles(app, ['staff_economic_development']);
    await registerTradeRegistrationForTest(app, staff.token, tradeRegistrationId);
    await refundAndSettle(paymentId);
    const [event] = await eventually(() =>
      app
        .sql<{ details: Record<string, unknown> }>(
          "SELECT e.details FROM backoffice_case_events e JOIN backoffice_cases c ON c.id = e.case_id WHERE c.subject_id = $1 AND e.type = 'fee_refunded'",
          [tradeRegistrationId],
        )
        .then((rows) => rows.length > 0 && rows),
    );
    expect(event.details).toEqual({ findings: ['fee_refunded_decision_needed'] });
    expect(await app.sql('SELECT status FROM trade_registrations WHERE id = $1', [tradeRegistrationId])).toEqual([
      { status: 'registered' },
    ]);
  });

  it('ends the postal service of a business address whose fee was refunded', async () => {
    const company = await companyWithBusinessAddress(app);
    const set = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: company.companyId, addressId: company.addressId, preference: 'scan' } },
      { token: company.representative.token },
    );
    expect(set.errors).toBeUndefined();
    const serviceOf = async () =>
      (await graphql<any>(app, COMPANY_ADDRESSES, { companyId: company.companyId }, { token: company.representative.token })).data
        .companyBusinessAddresses[0].service;
    const chargeId = (await serviceOf()).paymentSubjectId;
    const paymentId = await payFor(company.representative.token, 'business_address', 'business_address_service', chargeId);
    await eventually(async () => (await serviceOf()).status === 'active');
    await refundAndSettle(paymentId);
    await eventually(async () => (await serviceOf()).status === 'cancelled');
  });
});

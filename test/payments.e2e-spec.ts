import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { parsePaymentReference } from '../src/payments/payment-reference.js';
import { PaymentSubjects } from '../src/payments/subjects/payment-subjects.js';
import { graphql } from './support/graphql.js';
import { pdfText } from './support/pdf-text.js';
import {
  eventually,
  jobsSettled,
  getBinary,
  PAYMENT_FIELDS,
  paymentOf,
  person,
  REFUND_PAYMENT,
  sandboxCheckout,
  sessionIdOf,
  startPayment,
  type Person,
} from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const MY_PAYMENT_FOR = `query($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {
  myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) { id status paid statusMessage } }`;
const MY_PAYMENTS = `query($page: PageInput) { myPayments(page: $page) { nodes { ${PAYMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`;

describe('payments through the sandbox (GraphQL and REST over HTTP, real PostgreSQL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    // A subject type of this test, so that one payer can pay for several things (and for free ones).
    app.app
      .get(PaymentSubjects)
      .register('e2e_thing', { purposes: ['citizen_card', 'business_address'] as never, mayPay: async () => true });
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  async function paidPayment(payer: Person) {
    const started = (await startPayment(app, payer)).data!.startPayment;
    const paid = await sandboxCheckout(app, started.checkoutUrl!, 'pay');
    expect(paid.status).toBe(200);
    return paymentOf(app, payer, started.id);
  }

  it('offers the fee schedule to anyone, and says it is a test', async () => {
    const response = await graphql(app, '{ paymentSettings { available testMode demoSubjectType fees { purpose amountCents currency } } }');
    expect(response.data!.paymentSettings).toEqual({
      available: true,
      testMode: true,
      demoSubjectType: 'demo',
      fees: [
        { purpose: 'citizen_card', amountCents: 1500, currency: 'EUR' },
        { purpose: 'trade_registration', amountCents: 2600, currency: 'EUR' },
        { purpose: 'business_address', amountCents: 0, currency: 'EUR' },
      ],
    });
  });

  it('completes a sandbox payment through the signed webhook, then e-mails the receipt and notifies in the app', async () => {
    const payer = await person(app, 'en');
    const started = await startPayment(app, payer, { returnPath: '/account' });
    expect(started.errors).toBeUndefined();
    const payment = started.data!.startPayment;
    expect(payment).toMatchObject({
      status: 'pending',
      paid: false,
      amountCents: 1500,
      currency: 'EUR',
      provider: 'sandbox',
      testPayment: true,
      receiptUrl: null,
    });
    expect(payment.statusMessage).toBe('The payment is not complete yet. The fee is not paid yet.');
    expect(payment.checkoutUrl).toMatch(new RegExp(`^${app.config.publicUrl}/sandbox/checkout/cs_sandbox_[0-9a-f]{32}$`));
    expect(parsePaymentReference(payment.reference)).not.toBeNull();

    const page = await request(app.http).get(`/api/payments/sandbox/checkout-sessions/${sessionIdOf(payment.checkoutUrl!)}`);
    expect(page.body).toMatchObject({
      amountCents: 1500,
      currency: 'EUR',
      description: 'Citizen card – City of Bochum',
      status: 'open',
      returnUrl: null,
    });

    const paid = await sandboxCheckout(app, payment.checkoutUrl!, 'pay');
    expect(paid.status).toBe(200);
    expect(paid.body.returnUrl).toBe(`${app.config.publicUrl}/account?payment=${payment.id}&result=success`);

    const after = await paymentOf(app, payer, payment.id);
    expect(after).toMatchObject({
      status: 'succeeded',
      paid: true,
      statusMessage: 'The fee is paid.',
      checkoutUrl: null,
      receiptUrl: `/api/payments/${payment.id}/receipt.pdf`,
    });
    const events = await app.sql('SELECT type, outcome FROM payment_events WHERE payment_id = $1', [payment.id]);
    expect(events).toEqual([{ type: 'checkout.session.completed', outcome: 'applied:succeeded' }]);

    // The outbox keeps what the e-mail says; its text and its receipt are made in the payer's language when it is sent.
    const mail = await eventually(async () =>
      (await app.mailbox.list(payer.email)).find((message) => message.template === 'payment_received'),
    );
    expect(mail.subject).toContain('€15.00');
    expect(mail.text).toContain(payment.reference);
    expect(mail.text).toContain(`${app.config.publicUrl}/account/receipts`);
    const attachments = await app.mailbox.attachments(mail.id);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ filename: `receipt-${payment.reference}.pdf`, contentType: 'application/pdf' });
    expect(await pdfText(Buffer.from(attachments[0].content, 'base64'))).toContain('€15.00');
    const notifications = await app.sql('SELECT kind, link, params FROM in_app_notifications WHERE account_id = $1 AND kind = $2', [
      payer.accountId,
      'payment_received',
    ]);
    expect(notifications).toEqual([
      {
        kind: 'payment_received',
        link: '/account/receipts',
        params: {
          amount: { money: 1500, currency: 'EUR' },
          purpose: { key: 'payments:purpose.citizen_card' },
          reference: { ltr: payment.reference },
        },
      },
    ]);
  });

  it('leaves the fee unpaid after a failed payment and says so in the payer’s language', async () => {
    const payer = await person(app, 'de');
    const payment = (await startPayment(app, payer)).data!.startPayment;
    expect((await sandboxCheckout(app, payment.checkoutUrl!, 'fail')).status).toBe(200);

    const after = await paymentOf(app, payer, payment.id);
    expect(after).toMatchObject({ status: 'failed', paid: false, receiptUrl: null });
    expect(after.statusMessage).toBe('Die Zahlung ist fehlgeschlagen. Die Gebühr ist nicht bezahlt; es wurde nichts abgebucht.');
    const forSubject = await graphql(
      app,
      MY_PAYMENT_FOR,
      { purpose: 'citizen_card', subjectType: 'demo', subjectId: payer.accountId },
      { token: payer.token },
    );
    expect(forSubject.data!.myPaymentFor).toMatchObject({ id: payment.id, status: 'failed', paid: false });
    const receipt = await request(app.http).get(`/api/payments/${payment.id}/receipt.pdf`).set('authorization', `Bearer ${payer.token}`);
    expect(receipt.status).toBe(404);
    expect(receipt.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_RECEIPT' });
  });

  it('leaves the fee unpaid after a canceled payment and says so; pressing again is refused', async () => {
    const payer = await person(app, 'en');
    const payment = (await startPayment(app, payer)).data!.startPayment;
    const canceled = await sandboxCheckout(app, payment.checkoutUrl!, 'cancel');
    expect(canceled.body.returnUrl).toContain('result=canceled');
    expect(await paymentOf(app, payer, payment.id)).toMatchObject({
      status: 'canceled',
      paid: false,
      checkoutUrl: null,
      statusMessage: 'The payment was canceled. The fee is not paid.',
    });
    const again = await sandboxCheckout(app, payment.checkoutUrl!, 'pay');
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe('CHECKOUT_CLOSED');
    expect((await paymentOf(app, payer, payment.id)).status).toBe('canceled');

    const retry = (await startPayment(app, payer)).data!.startPayment;
    expect(retry.id).not.toBe(payment.id);
    expect(retry.status).toBe('pending');
  });

  it('serves the PDF receipt to the payer in their language, to staff, and to nobody else', async () => {
    const payer = await person(app, 'de');
    const payment = await paidPayment(payer);

    const receipt = await getBinary(app, payment.receiptUrl!, payer.token);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.headers['content-disposition']).toBe(`inline; filename="receipt-${payment.reference}.pdf"`);
    expect((receipt.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(receipt.body);
    expect(text.replace(/\u00a0/g, ' ')).toContain('15,00 €');
    expect(text).toContain('Zahlungsbeleg');
    expect(text).toContain('Stadt Bochum');
    expect(text).toContain('TESTZAHLUNG');
    expect(text).toContain(payment.reference);

    const stranger = await person(app, 'en');
    const refused = await request(app.http).get(payment.receiptUrl!).set('authorization', `Bearer ${stranger.token}`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('NOT_FOUND');
    const viaGraphql = await graphql(
      app,
      `
        query ($id: ID!) {
          payment(id: $id) {
            id
          }
        }
      `,
      { id: payment.id },
      { token: stranger.token },
    );
    expect(viaGraphql.errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await request(app.http).get(payment.receiptUrl!)).status).toBe(401);

    const staff = await person(app, 'en', ['staff_citizens_office']);
    const forStaff = await getBinary(app, payment.receiptUrl!, staff.token);
    expect(forStaff.status).toBe(200);
    expect(await pdfText(forStaff.body)).toContain('Zahlungsbeleg');
    const audit = await app.sql('SELECT actor_account_id FROM audit_events WHERE action = $1 AND subject_id = $2', [
      'payment.viewed_by_staff',
      payment.id,
    ]);
    expect(audit).toEqual([{ actor_account_id: staff.accountId }]);
  });

  it('lets staff refund with a reason (audited, confirmed by the webhook) and refuses everyone else', async () => {
    const payer = await person(app, 'en');
    const payment = await paidPayment(payer);
    const input = { paymentId: payment.id, reason: 'Applied twice by mistake', idempotencyKey: randomUUID() };

    const byPayer = await graphql(app, REFUND_PAYMENT, { input }, { token: payer.token });
    expect(byPayer.errors![0].extensions.code).toBe('FORBIDDEN');

    const staff = await person(app, 'en', ['staff_citizens_office']);
    const refunded = await graphql<{ refundPayment: { refundReason: string } }>(app, REFUND_PAYMENT, { input }, { token: staff.token });
    expect(refunded.errors).toBeUndefined();
    expect(refunded.data!.refundPayment.refundReason).toBe('Applied twice by mistake');

    const after = await eventually(async () => {
      const current = await paymentOf(app, payer, payment.id);
      return current.status === 'refunded' && current;
    });
    expect(after).toMatchObject({ paid: false, statusMessage: 'The fee was refunded. It no longer counts as paid.' });
    const events = await app.sql('SELECT type, outcome FROM payment_events WHERE payment_id = $1 ORDER BY received_at', [payment.id]);
    expect(events).toEqual([
      { type: 'checkout.session.completed', outcome: 'applied:succeeded' },
      { type: 'charge.refunded', outcome: 'applied:refunded' },
    ]);
    const audit = await app.sql<{ actor_account_id: string; details: Record<string, unknown> }>(
      'SELECT actor_account_id, details FROM audit_events WHERE action = $1 AND subject_id = $2',
      [`payment.refund_requested`, payment.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_account_id: staff.accountId,
      details: { reason: 'Applied twice by mistake', amountCents: 1500, reference: payment.reference },
    });

    const repeated = await graphql(app, REFUND_PAYMENT, { input }, { token: staff.token });
    expect(repeated.errors).toBeUndefined();
    const otherKey = await graphql(app, REFUND_PAYMENT, { input: { ...input, idempotencyKey: randomUUID() } }, { token: staff.token });
    expect(otherKey.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REFUND_ALREADY_REQUESTED' });
    expect(
      await app.sql('SELECT 1 FROM audit_events WHERE action = $1 AND subject_id = $2', ['payment.refund_requested', payment.id]),
    ).toHaveLength(1);

    const unpaid = (await startPayment(app, payer)).data!.startPayment;
    const notPaid = await graphql(
      app,
      REFUND_PAYMENT,
      { input: { ...input, paymentId: unpaid.id, idempotencyKey: randomUUID() } },
      { token: staff.token },
    );
    expect(notPaid.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REFUNDABLE' });
  });

  it('creates exactly one payment and one sandbox session for 100 concurrent retries with one key', async () => {
    const payer = await person(app, 'en');
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(Array.from({ length: 100 }, () => startPayment(app, payer, { idempotencyKey })));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const ids = new Set(responses.map((response) => response.data!.startPayment.id));
    const urls = new Set(responses.map((response) => response.data!.startPayment.checkoutUrl));
    expect(ids.size).toBe(1);
    expect(urls.size).toBe(1);
    const [id] = ids;
    expect(await app.sql('SELECT id FROM payments WHERE payer_account_id = $1', [payer.accountId])).toEqual([{ id }]);
    expect(await app.sql('SELECT count(*)::int AS n FROM sandbox_checkout_sessions WHERE client_reference_id = $1', [id])).toEqual([
      { n: 1 },
    ]);
  });

  it('refuses the same key with other input (CONFLICT), a second payment of a paid fee, and malformed keys', async () => {
    const payer = await person(app, 'en');
    const idempotencyKey = randomUUID();
    await startPayment(app, payer, { idempotencyKey });
    const reused = await startPayment(app, payer, { idempotencyKey, subjectType: 'e2e_thing', subjectId: 'thing-1' });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reused.errors![0].message).toBe('This payment request was already used for something else. Please start the payment again.');

    await paidPayment(payer);
    const second = await startPayment(app, payer);
    expect(second.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PAID' });

    const malformed = await startPayment(app, payer, { idempotencyKey: 'short' });
    expect(malformed.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const elsewhere = await startPayment(app, payer, { returnPath: '//evil.example/' });
    expect(elsewhere.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses to pay for someone else’s thing or an unknown kind of thing', async () => {
    const payer = await person(app, 'en');
    const other = await person(app, 'en');
    const foreign = await startPayment(app, payer, { subjectId: other.accountId });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_SUBJECT' });
    const unknown = await startPayment(app, payer, { subjectType: 'no_such_thing' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_SUBJECT' });
    const wrongPurpose = await startPayment(app, payer, { purpose: 'trade_registration' });
    expect(wrongPurpose.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PURPOSE_NOT_FOR_SUBJECT' });
  });

  it('succeeds at once, without a provider, for a purpose that costs nothing', async () => {
    const payer = await person(app, 'en');
    const free = await startPayment(app, payer, { purpose: 'business_address', subjectType: 'e2e_thing', subjectId: 'office-1' });
    expect(free.errors).toBeUndefined();
    expect(free.data!.startPayment).toMatchObject({ status: 'succeeded', paid: true, amountCents: 0, provider: null, checkoutUrl: null });
    expect(await app.sql('SELECT 1 FROM sandbox_checkout_sessions WHERE client_reference_id = $1', [free.data!.startPayment.id])).toEqual(
      [],
    );
  });

  it('lists the payer’s own payments, newest first, a page at a time', async () => {
    const payer = await person(app, 'en');
    const other = await person(app, 'en');
    await startPayment(app, other);
    const made: string[] = [];
    for (const subjectId of ['a', 'b', 'c'])
      made.push((await startPayment(app, payer, { subjectType: 'e2e_thing', subjectId })).data!.startPayment.id);

    const first = await graphql(app, MY_PAYMENTS, { page: { first: 2 } }, { token: payer.token });
    expect(first.data!.myPayments.nodes.map((node: { id: string }) => node.id)).toEqual([made[2], made[1]]);
    expect(first.data!.myPayments.pageInfo.hasNextPage).toBe(true);
    const second = await graphql(
      app,
      MY_PAYMENTS,
      { page: { first: 2, after: first.data!.myPayments.pageInfo.endCursor } },
      { token: payer.token },
    );
    expect(second.data!.myPayments.nodes.map((node: { id: string }) => node.id)).toEqual([made[0]]);
    expect(second.data!.myPayments.pageInfo.hasNextPage).toBe(false);
  });
});

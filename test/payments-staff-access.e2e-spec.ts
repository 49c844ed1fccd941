import { randomUUID } from 'node:crypto';
import { PaymentSubjects } from '../src/payments/subjects/payment-subjects.js';
import { graphql } from './support/graphql.js';
import { jobsSettled, PAYMENT, paymentOf, person, REFUND_PAYMENT, sandboxCheckout, startPayment, type Person } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const STAFF_PAYMENTS = `query($search: PaymentSearchInput) { staffPayments(search: $search) { nodes { id reference purpose payerEmail } } }`;

describe('staff see and refund the payments of their office only (real PostgreSQL)', () => {
  let app: TestApp;
  let citizensOffice: Person;
  let economicDevelopment: Person;
  let admin: Person;
  let payer: Person;
  let cardFee: { id: string; reference: string };
  let tradeFee: { id: string; reference: string };

  beforeAll(async () => {
    app = await createTestApp();
    app.app
      .get(PaymentSubjects)
      .register('e2e_office_thing', { purposes: ['citizen_card', 'trade_registration'] as never, mayPay: async () => true });
    citizensOffice = await person(app, 'en', ['staff_citizens_office']);
    economicDevelopment = await person(app, 'en', ['staff_economic_development']);
    admin = await person(app, 'en', ['admin']);
    payer = await person(app, 'en');
    const pay = async (purpose: string) => {
      const started = (await startPayment(app, payer, { purpose, subjectType: 'e2e_office_thing', subjectId: randomUUID() })).data!
        .startPayment;
      expect((await sandboxCheckout(app, started.checkoutUrl!, 'pay')).status).toBe(200);
      return paymentOf(app, payer, started.id);
    };
    cardFee = await pay('citizen_card');
    tradeFee = await pay('trade_registration');
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('answers another office’s payment id with NOT_FOUND, like an unknown id', async () => {
    const seen = await graphql(app, PAYMENT, { id: tradeFee.id }, { token: citizensOffice.token });
    expect(seen.errors![0].extensions.code).toBe('NOT_FOUND');
    const unknown = await graphql(app, PAYMENT, { id: randomUUID() }, { token: citizensOffice.token });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await graphql(app, PAYMENT, { id: cardFee.id }, { token: citizensOffice.token })).errors).toBeUndefined();
    expect((await graphql(app, PAYMENT, { id: cardFee.id }, { token: economicDevelopment.token })).errors![0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await graphql(app, PAYMENT, { id: tradeFee.id }, { token: admin.token })).errors).toBeUndefined();
  });

  it('refuses a refund of another office’s payment with NOT_FOUND and changes nothing', async () => {
    const input = { paymentId: tradeFee.id, reason: 'Not ours to refund', idempotencyKey: randomUUID() };
    const refused = await graphql(app, REFUND_PAYMENT, { input }, { token: citizensOffice.token });
    expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
    const [row] = await app.sql<{ refund_idempotency_key: string | null }>('SELECT refund_idempotency_key FROM payments WHERE id = $1', [
      tradeFee.id,
    ]);
    expect(row.refund_idempotency_key).toBeNull();
    const allowed = await graphql(app, REFUND_PAYMENT, { input }, { token: economicDevelopment.token });
    expect(allowed.errors).toBeUndefined();
  });

  it('lists and searches only the office’s purposes, by reference and payer e-mail', async () => {
    const list = async (token: string, search: Record<string, unknown>) => {
      const response = await graphql<{ staffPayments: { nodes: { id: string; payerEmail: string }[] } }>(
        app,
        STAFF_PAYMENTS,
        { search },
        { token },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.staffPayments.nodes;
    };
    expect((await list(citizensOffice.token, { text: payer.email })).map((p) => p.id)).toEqual([cardFee.id]);
    expect((await list(economicDevelopment.token, { text: payer.email })).map((p) => p.id)).toEqual([tradeFee.id]);
    expect((await list(admin.token, { text: payer.email })).map((p) => p.id).sort()).toEqual([cardFee.id, tradeFee.id].sort());
    expect(await list(citizensOffice.token, { text: tradeFee.reference })).toEqual([]);
    expect(await list(citizensOffice.token, { text: cardFee.reference.toLowerCase() })).toEqual([
      { id: cardFee.id, reference: cardFee.reference, purpose: 'citizen_card', payerEmail: payer.email },
    ]);
    expect(await list(citizensOffice.token, { purpose: 'trade_registration' })).toEqual([]);
    const residentTries = await graphql(app, STAFF_PAYMENTS, { search: {} }, { token: payer.token });
    expect(residentTries.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { graphql } from './support/graphql.js';
import { FakeStripeApi } from './support/fake-stripe-api.js';
import { jobsSettled, paymentOf, person, postWebhook, REFUND_PAYMENT, startPayment, stripeEvent, type Person } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const WEBHOOK_SECRET = 'whsec_fakeStripeEndpointSecret000000';

/** The real StripeProvider and Stripe SDK, pointed at a local fake of Stripe's API (no network). */
describe('payments through Stripe (fake Stripe API, real PostgreSQL)', () => {
  const stripe = new FakeStripeApi();
  let app: TestApp;
  let payer: Person;

  beforeAll(async () => {
    const apiUrl = await stripe.start();
    app = await createTestApp({
      STRIPE_SECRET_KEY: 'sk_test_fakeKeyForTests',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: apiUrl,
    });
    payer = await person(app, 'de');
  });

  afterAll(async () => {
    if (app) await jobsSettled(app);
    await app?.close();
    await stripe.stop();
  });

  const completed = (sessionId: string) => stripeEvent('checkout.session.completed', { id: sessionId, object: 'checkout.session' });

  it('is live, not a test', async () => {
    const settings = await graphql(app, '{ paymentSettings { available testMode } }');
    expect(settings.data!.paymentSettings).toEqual({ available: true, testMode: false });
  });

  it('creates one Checkout Session for concurrent retries, pays through the webhook, refunds through Stripe', async () => {
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => startPayment(app, payer, { idempotencyKey })));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const payment = responses[0].data!.startPayment;
    expect(new Set(responses.map((response) => response.data!.startPayment.id)).size).toBe(1);
    expect(payment).toMatchObject({ status: 'pending', provider: 'stripe', testPayment: false });
    expect(payment.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);

    const creates = stripe.requestsTo('POST', '/v1/checkout/sessions');
    expect(creates).toHaveLength(1);
    const [create] = creates;
    expect(create.headers.authorization).toBe('Bearer sk_test_fakeKeyForTests');
    expect(create.headers['idempotency-key']).toBe(`payment-${payment.id}`);
    expect(Object.fromEntries(create.params)).toMatchObject({
      mode: 'payment',
      'payment_method_types[0]': 'card',
      'payment_method_types[1]': 'sepa_debit',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][unit_amount]': '1500',
      'line_items[0][price_data][product_data][name]': 'Bürgerkarte – Stadt Bochum',
      customer_email: payer.email,
      locale: 'de',
      client_reference_id: payment.id,
      'metadata[paymentId]': payment.id,
      success_url: `${app.config.publicUrl}/account?payment=${payment.id}&result=success`,
      cancel_url: `${app.config.publicUrl}/account?payment=${payment.id}&result=canceled`,
    });

    const sessionId = payment.checkoutUrl!.split('/').pop()!;
    const early = await postWebhook(app, completed(sessionId), { secret: WEBHOOK_SECRET });
    expect(early.body.outcome).toBe('unchanged');
    stripe.pay(sessionId);
    const paid = await postWebhook(app, completed(sessionId), { secret: WEBHOOK_SECRET });
    expect(paid.status).toBe(200);
    expect(paid.body.outcome).toBe('applied:succeeded');
    const retrieve = stripe.requestsTo('GET', `/v1/checkout/sessions/${sessionId}`).at(-1)!;
    expect([...retrieve.query.values()]).toContain('payment_intent.latest_charge');
    expect(await paymentOf(app, payer, payment.id)).toMatchObject({
      status: 'succeeded',
      paid: true,
      statusMessage: 'Die Gebühr ist bezahlt.',
    });

    const staff = await person(app, 'en', ['admin']);
    const refund = await graphql(
      app,
      REFUND_PAYMENT,
      { input: { paymentId: payment.id, reason: 'Card application withdrawn', idempotencyKey: randomUUID() } },
      { token: staff.token },
    );
    expect(refund.errors).toBeUndefined();
    const [refundCall] = stripe.requestsTo('POST', '/v1/refunds');
    expect(refundCall.headers['idempotency-key']).toBe(`refund-${payment.id}`);
    expect(refundCall.params.get('amount')).toBe('1500');
    expect((await paymentOf(app, payer, payment.id)).status).toBe('succeeded'); // until Stripe confirms

    const paymentIntent = [...stripe.sessions.values()].find((session) => session.id === sessionId)!.intent!.id;
    const confirmed = await postWebhook(
      app,
      stripeEvent('charge.refunded', { id: 'ch_1', object: 'charge', payment_intent: paymentIntent, refunded: true }),
      { secret: WEBHOOK_SECRET },
    );
    expect(confirmed.body.outcome).toBe('applied:refunded');
    expect((await paymentOf(app, payer, payment.id)).status).toBe('refunded');
  });

  it('accepts only events signed with Stripe’s secret; there is no sandbox', async () => {
    const payment = (await startPayment(app, payer, { subjectId: payer.accountId })).data!.startPayment;
    const sessionId = payment.checkoutUrl!.split('/').pop()!;
    const sandboxSigned = await postWebhook(app, completed(sessionId));
    expect(sandboxSigned.status).toBe(400);
    expect((await request(app.http).get(`/api/payments/sandbox/checkout-sessions/${sessionId}`)).status).toBe(404);
  });

  it('reports a Stripe failure in the caller’s language and keeps no half-made payment', async () => {
    const other = await person(app, 'en');
    stripe.failNext = true;
    const failed = await startPayment(app, other);
    expect(failed.errors![0].extensions).toMatchObject({ code: 'INTERNAL', reason: 'PROVIDER_ERROR' });
    expect(failed.errors![0].message).toContain('The payment service did not answer as expected');
    expect(await app.sql('SELECT 1 FROM payments WHERE payer_account_id = $1', [other.accountId])).toEqual([]);
  });
});

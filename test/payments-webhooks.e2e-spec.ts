import { randomUUID } from 'node:crypto';
import { PaymentSubjects } from '../src/payments/subjects/payment-subjects.js';
import { jobsSettled, person, paymentOf, postWebhook, sessionIdOf, startPayment, stripeEvent, type Person } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The webhook endpoint with events signed by the Stripe SDK's own test helper, as Stripe would
 * send them. The sandbox's session record plays Stripe's state, which the handler re-reads.
 */
describe('payment webhooks (signed events over HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let payer: Person;

  beforeAll(async () => {
    app = await createTestApp();
    app.app.get(PaymentSubjects).register('e2e_thing', { purposes: ['citizen_card'] as never, mayPay: async () => true });
    payer = await person(app, 'en');
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  async function pendingPayment() {
    const payment = (await startPayment(app, payer, { subjectType: 'e2e_thing', subjectId: randomUUID() })).data!.startPayment;
    return { payment, sessionId: sessionIdOf(payment.checkoutUrl!) };
  }

  /** Stripe's side of the story: the session as the provider now reports it. */
  async function providerState(sessionId: string, state: 'paid' | 'expired') {
    const [status, paymentStatus, intent] = state === 'paid' ? ['complete', 'paid', 'succeeded'] : ['expired', 'unpaid', 'canceled'];
    await app.sql('UPDATE sandbox_checkout_sessions SET status = $2, payment_status = $3, payment_intent_status = $4 WHERE id = $1', [
      sessionId,
      status,
      paymentStatus,
      intent,
    ]);
  }

  const session = (sessionId: string) => ({ id: sessionId, object: 'checkout.session', payment_status: 'paid', status: 'complete' });
  const receivedEvents = (paymentId: string) =>
    app.sql('SELECT type, outcome FROM payment_events WHERE payment_id = $1 ORDER BY received_at', [paymentId]);

  it('applies a validly signed event after re-reading the session from the provider', async () => {
    const { payment, sessionId } = await pendingPayment();
    await providerState(sessionId, 'paid');
    const response = await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: 'applied:succeeded' });
    expect((await paymentOf(app, payer, payment.id)).status).toBe('succeeded');
  });

  it('refuses a tampered body with 400 and records nothing', async () => {
    const { payment, sessionId } = await pendingPayment();
    await providerState(sessionId, 'paid');
    const event = stripeEvent('checkout.session.completed', session(sessionId));
    const response = await postWebhook(app, event, { tamper: (payload) => payload.replace('"livemode":false', '"livemode":true') });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SIGNATURE' });
    expect(await app.sql('SELECT 1 FROM payment_events WHERE event_id = $1', [event.id])).toEqual([]);
    expect((await paymentOf(app, payer, payment.id)).status).toBe('pending');
  });

  it('refuses a signature older than five minutes, and one made with another secret', async () => {
    const { payment, sessionId } = await pendingPayment();
    await providerState(sessionId, 'paid');
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)), { timestamp: sixMinutesAgo });
    expect(stale.status).toBe(400);
    expect(stale.body.error.reason).toBe('INVALID_SIGNATURE');
    const foreign = await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)), {
      secret: 'whsec_someoneElsesSecret000000000',
    });
    expect(foreign.status).toBe(400);
    const control = await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)));
    expect(control.status).toBe(200);
    expect((await paymentOf(app, payer, payment.id)).status).toBe('succeeded');
  });

  it('applies a repeated event once and answers the repeat with 200', async () => {
    const { payment, sessionId } = await pendingPayment();
    await providerState(sessionId, 'paid');
    const event = stripeEvent('checkout.session.completed', session(sessionId));
    const first = await postWebhook(app, event);
    const again = await postWebhook(app, event);
    expect(first.body.outcome).toBe('applied:succeeded');
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true, outcome: 'duplicate' });
    expect(await receivedEvents(payment.id)).toEqual([{ type: 'checkout.session.completed', outcome: 'applied:succeeded' }]);
    const published = await app.sql(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'payment.succeeded.payment-receipt' AND data->>'paymentId' = $1",
      [payment.id],
    );
    expect(published).toEqual([{ n: 1 }]);
  });

  it('keeps a paid payment paid when an expiry arrives after completion (out of order)', async () => {
    const { payment, sessionId } = await pendingPayment();
    await providerState(sessionId, 'paid');
    await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)));
    const late = await postWebhook(
      app,
      stripeEvent('checkout.session.expired', { ...session(sessionId), status: 'expired', payment_status: 'unpaid' }),
    );
    expect(late.status).toBe(200);
    expect(late.body.outcome).toBe('unchanged');
    expect((await paymentOf(app, payer, payment.id)).status).toBe('succeeded');
  });

  it('believes the provider, not the event: a signed “completed” for an unpaid session changes nothing', async () => {
    const { payment, sessionId } = await pendingPayment();
    const premature = await postWebhook(app, stripeEvent('checkout.session.completed', session(sessionId)));
    expect(premature.body.outcome).toBe('unchanged');
    expect((await paymentOf(app, payer, payment.id)).status).toBe('pending');
    await providerState(sessionId, 'expired');
    const expired = await postWebhook(app, stripeEvent('checkout.session.expired', session(sessionId)));
    expect(expired.body.outcome).toBe('applied:canceled');
    expect(await paymentOf(app, payer, payment.id)).toMatchObject({ status: 'canceled', paid: false });
  });

  it('takes events it has no use for with 200, once', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_123', object: 'customer' });
    expect((await postWebhook(app, event)).body).toEqual({ received: true, outcome: 'ignored' });
    expect((await postWebhook(app, event)).body.duplicate).toBe(true);
    const unknownSession = await postWebhook(app, stripeEvent('checkout.session.completed', session('cs_test_not_ours')));
    expect(unknownSession.body).toEqual({ received: true, outcome: 'ignored' });
  });
});

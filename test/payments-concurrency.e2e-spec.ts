import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/test-app.js';
import { eventually, paymentOf, person, sandboxCheckout, startPayment } from './support/payments.js';
import { outcomes, RESPONSIVE_WITHIN_MS, secondConnectionRequests, whileProbing } from './support/concurrency.js';

const CALLS = 100;

/** One payable subject has at most one open payment, and a subject paid twice gets the second payment back. */
describe('payments under concurrency', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '1500', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const paymentsOf = (subjectId: string) =>
    app.sql<{ id: string; status: string; refund_reason: string | null; refund_requested_by: string | null }>(
      'SELECT id, status, refund_reason, refund_requested_by FROM payments WHERE subject_id = $1 ORDER BY created_at',
      [subjectId],
    );

  it(`answers ${CALLS} concurrent starts for one subject (other keys) with one open payment, while /health and another person's "me" keep answering`, async () => {
    const payer = await person(app);
    const bystander = await person(app);
    const { result: responses, responsiveness } = await whileProbing(app, bystander.token, () =>
      Promise.all(Array.from({ length: CALLS }, () => startPayment(app, payer))),
    );
    const rows = await paymentsOf(payer.accountId);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('pending');
    expect(outcomes(responses)).toEqual({ ok: CALLS });
    expect(new Set(responses.map((response) => response.data!.startPayment.id))).toEqual(new Set([rows[0].id]));
    const [{ sessions }] = await app.sql<{ sessions: number }>(
      'SELECT count(*)::int AS sessions FROM sandbox_checkout_sessions WHERE client_reference_id = $1',
      [rows[0].id],
    );
    expect(sessions).toBe(1);

    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestHealthMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(responsiveness.slowestMeMs).toBeLessThan(RESPONSIVE_WITHIN_MS);
    expect(secondConnectionRequests(app)).toBe(0);
  }, 90_000);

  it('gives a second tab (another key) the open payment; after it is paid, a new start is refused as paid', async () => {
    const payer = await person(app);
    const first = (await startPayment(app, payer, { idempotencyKey: `tab-one-${randomUUID()}` })).data!.startPayment;
    const second = (await startPayment(app, payer, { idempotencyKey: `tab-two-${randomUUID()}` })).data!.startPayment;
    expect(second.id).toBe(first.id);
    expect(second.checkoutUrl).toBe(first.checkoutUrl);
    expect((await sandboxCheckout(app, first.checkoutUrl!, 'pay')).status).toBe(200);
    const third = await startPayment(app, payer, { idempotencyKey: `tab-three-${randomUUID()}` });
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PAID' });
    expect(await paymentsOf(payer.accountId)).toHaveLength(1);
  }, 30_000);

  it('refunds, automatically and on the record, a second payment that succeeds for a subject already paid', async () => {
    const payer = await person(app);
    const older = (await startPayment(app, payer)).data!.startPayment;
    // The older checkout is seen as expired here while its session at the provider is still payable (a missed or late event).
    await app.sql(`UPDATE payments SET status = 'canceled' WHERE id = $1`, [older.id]);
    const newer = (await startPayment(app, payer)).data!.startPayment;
    expect(newer.id).not.toBe(older.id);
    expect((await sandboxCheckout(app, newer.checkoutUrl!, 'pay')).status).toBe(200);
    expect((await paymentOf(app, payer, newer.id)).status).toBe('succeeded');

    // The other tab pays the older session: the provider's webhook makes it succeed; it is refunded.
    expect((await sandboxCheckout(app, older.checkoutUrl!, 'pay')).status).toBe(200);
    const refunded = await eventually(async () => {
      const view = await paymentOf(app, payer, older.id);
      return view.status === 'refunded' ? view : undefined;
    }, 30_000);
    expect(refunded.refundReason).toMatch(/^Duplicate payment: the fee had already been paid with /);
    expect((await paymentOf(app, payer, newer.id)).status).toBe('succeeded');
    const rows = await paymentsOf(payer.accountId);
    expect(rows.find((row) => row.id === older.id)).toMatchObject({ status: 'refunded', refund_requested_by: null });
    const audit = await app.sql<{ action: string }>(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [
      older.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['payment.duplicate_detected', 'payment.duplicate_refund_requested']),
    );
  }, 60_000);

  it('answers concurrent retries with one key with one payment and one checkout', async () => {
    const payer = await person(app);
    const idempotencyKey = `retry-${randomUUID()}`;
    const responses = await Promise.all(Array.from({ length: 20 }, () => startPayment(app, payer, { idempotencyKey })));
    expect(outcomes(responses)).toEqual({ ok: 20 });
    expect(new Set(responses.map((response) => response.data!.startPayment.id)).size).toBe(1);
    expect(await paymentsOf(payer.accountId)).toHaveLength(1);
  }, 30_000);
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import Stripe from 'stripe';
import { graphql, type GraphqlResponse } from './graphql.js';
import { linkTokenFrom, login, register, STRONG_PASSWORD, uniqueEmail } from './accounts.js';
import type { TestApp } from './test-app.js';

export const PAYMENT_FIELDS =
  'id reference purpose subjectType subjectId amountCents currency status paid statusMessage provider testPayment checkoutUrl receiptUrl paidAt refundedAt refundReason createdAt';

export const START_PAYMENT = `mutation($input: StartPaymentInput!) { startPayment(input: $input) { ${PAYMENT_FIELDS} } }`;
export const PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`;
export const REFUND_PAYMENT = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { ${PAYMENT_FIELDS} } }`;

export interface PaymentView {
  id: string;
  reference: string;
  status: string;
  paid: boolean;
  statusMessage: string;
  amountCents: number;
  checkoutUrl: string | null;
  receiptUrl: string | null;
  [field: string]: unknown;
}

export interface Person {
  email: string;
  token: string;
  accountId: string;
}

/** A verified, signed-in account with the given language (and roles, set before signing in). */
export async function person(target: TestApp, language = 'en', roles: string[] = []): Promise<Person> {
  const email = uniqueEmail(`payer.${language}`);
  await register(target, email, STRONG_PASSWORD, language);
  await graphql(target, 'mutation($token: String!) { verifyEmail(token: $token) }', {
    token: await linkTokenFrom(target, email, 'verify_email'),
  });
  if (roles.length) await target.sql('UPDATE accounts SET roles = $2 WHERE email = $1', [email, `{${roles.join(',')}}`]);
  const response = await login(target, email, STRONG_PASSWORD, language);
  if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return { email, token: response.data.login.accessToken, accountId: String(response.data.login.account.id) };
}

export function startPayment(
  target: TestApp,
  payer: Person,
  input: Partial<{ purpose: string; subjectType: string; subjectId: string; idempotencyKey: string; returnPath: string }> = {},
): Promise<GraphqlResponse<{ startPayment: PaymentView }>> {
  return graphql(
    target,
    START_PAYMENT,
    { input: { purpose: 'citizen_card', subjectType: 'demo', subjectId: payer.accountId, idempotencyKey: randomUUID(), ...input } },
    { token: payer.token },
  );
}

export async function paymentOf(target: TestApp, viewer: Person, id: string): Promise<PaymentView> {
  const response = await graphql<{ payment: PaymentView }>(target, PAYMENT, { id }, { token: viewer.token });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.payment;
}

export const sessionIdOf = (checkoutUrl: string) => checkoutUrl.split('/').pop()!;

/** Presses a button on the sandbox's checkout page. */
export function sandboxCheckout(target: TestApp, checkoutUrl: string, action: 'pay' | 'fail' | 'cancel') {
  return request(target.http).post(`/api/payments/sandbox/checkout-sessions/${sessionIdOf(checkoutUrl)}/${action}`);
}

/** Posts a Stripe-shaped event signed as Stripe does (optionally with an old timestamp or another body). */
export function postWebhook(
  target: TestApp,
  event: Record<string, unknown>,
  options: { secret?: string; timestamp?: number; tamper?: (payload: string) => string } = {},
) {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? target.config.payments.sandboxWebhookSecret,
    timestamp: options.timestamp,
  });
  return request(target.http)
    .post('/api/payments/stripe/webhook')
    .set('content-type', 'application/json')
    .set('stripe-signature', signature)
    .send(options.tamper ? options.tamper(payload) : payload);
}

export function stripeEvent(type: string, object: Record<string, unknown>, id = `evt_test_${randomUUID().replace(/-/g, '')}`) {
  return { id, object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } };
}

/** Fetches a binary response (PDF) with the access token. */
export function getBinary(target: TestApp, path: string, token?: string) {
  let call = request(target.http).get(path);
  if (token) call = call.set('authorization', `Bearer ${token}`);
  return call.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

/** Waits until `probe` returns something truthy (jobs and background deliveries take a moment). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result) return result;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Waits (a while) until no background job is due or running. Closing the app while pg-boss is
 * still busy lets the test database's DROP … WITH (FORCE) cut its connections mid-shutdown,
 * which surfaces as an unhandled error in whichever test runs.
 */
export async function jobsSettled(target: TestApp, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [{ n }] = await target.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()",
    );
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

import type Stripe from 'stripe';
import type { SandboxSession } from './sandbox-store.js';

const unix = (date: Date) => Math.floor(date.getTime() / 1000);
const chargeIdOf = (session: SandboxSession) => session.paymentIntentId.replace(/^pi_/, 'ch_');

function chargeOf(session: SandboxSession): Stripe.Charge {
  return {
    id: chargeIdOf(session),
    object: 'charge',
    amount: session.amountTotal,
    amount_refunded: session.refundId ? session.amountTotal : 0,
    currency: session.currency.toLowerCase(),
    payment_intent: session.paymentIntentId,
    paid: session.paymentStatus === 'paid',
    refunded: session.refundId !== null,
    status: 'succeeded',
    livemode: false,
    created: unix(session.createdAt),
  } as unknown as Stripe.Charge;
}

function paymentIntentOf(session: SandboxSession): Stripe.PaymentIntent {
  const failed = session.status === 'complete' && session.paymentStatus === 'unpaid';
  return {
    id: session.paymentIntentId,
    object: 'payment_intent',
    amount: session.amountTotal,
    currency: session.currency.toLowerCase(),
    status: session.paymentIntentStatus,
    last_payment_error: failed ? { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' } : null,
    latest_charge: session.paymentStatus === 'paid' ? chargeOf(session) : null,
    livemode: false,
    created: unix(session.createdAt),
  } as unknown as Stripe.PaymentIntent;
}

/** The session as Stripe would return it from `retrieve` with `expand: ['payment_intent.latest_charge']`. */
export function asStripeCheckoutSession(session: SandboxSession): Stripe.Checkout.Session {
  return {
    id: session.id,
    object: 'checkout.session',
    mode: 'payment',
    amount_total: session.amountTotal,
    currency: session.currency.toLowerCase(),
    client_reference_id: session.clientReferenceId,
    metadata: { paymentId: session.clientReferenceId },
    payment_intent: paymentIntentOf(session),
    payment_status: session.paymentStatus,
    status: session.status,
    success_url: session.successUrl,
    cancel_url: session.cancelUrl,
    livemode: false,
    created: unix(session.createdAt),
  } as unknown as Stripe.Checkout.Session;
}

/** The object a webhook event carries: Stripe sends ids, not expanded objects, inside events. */
export function eventObjectOf(type: string, session: SandboxSession): Record<string, unknown> {
  if (type.startsWith('charge.')) return { ...chargeOf(session) };
  return { ...asStripeCheckoutSession(session), payment_intent: session.paymentIntentId };
}

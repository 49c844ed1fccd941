import type Stripe from 'stripe';
import type { CheckoutOutcome, CheckoutState } from './payment-provider.js';

const FAILED_INTENT = new Set(['requires_payment_method', 'canceled']);

function outcomeOf(session: Stripe.Checkout.Session, intent: Stripe.PaymentIntent | null, charge: Stripe.Charge | null): CheckoutOutcome {
  if (charge?.refunded) return 'refunded';
  if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') return 'paid';
  if (session.status === 'expired') return 'expired';
  if (session.status === 'open') return 'open';
  // Complete but unpaid: a delayed method (SEPA debit) is processing, or it was declined later.
  return intent && FAILED_INTENT.has(intent.status) ? 'failed' : 'processing';
}

/** Reads a checkout session retrieved with `expand: ['payment_intent.latest_charge']`. */
export function checkoutStateOf(session: Stripe.Checkout.Session): CheckoutState {
  const intent = session.payment_intent && typeof session.payment_intent === 'object' ? session.payment_intent : null;
  const charge = intent?.latest_charge && typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const paymentIntentId = intent?.id ?? (typeof session.payment_intent === 'string' ? session.payment_intent : null);
  return {
    sessionId: session.id,
    outcome: outcomeOf(session, intent, charge),
    paymentIntentId,
    amountCents: session.amount_total ?? 0,
    currency: (session.currency ?? '').toUpperCase(),
    failureReason: intent?.last_payment_error?.code ?? intent?.last_payment_error?.decline_code ?? null,
  };
}

/** Where Stripe (and the local sandbox) deliver webhook events. */
export const WEBHOOK_PATH = '/api/payments/stripe/webhook';

import { PAYMENT_CANCELED, PAYMENT_FAILED, PAYMENT_REFUNDED, PAYMENT_SUCCEEDED, paymentEventFor } from './payment-events.js';
import { PaymentStatus } from './payment-status.js';

describe('payment events', () => {
  it('announces each status a payment moves forward to under its own name', () => {
    expect(paymentEventFor(PaymentStatus.succeeded)).toBe(PAYMENT_SUCCEEDED);
    expect(paymentEventFor(PaymentStatus.failed)).toBe(PAYMENT_FAILED);
    expect(paymentEventFor(PaymentStatus.canceled)).toBe(PAYMENT_CANCELED);
    expect(paymentEventFor(PaymentStatus.refunded)).toBe(PAYMENT_REFUNDED);
    expect([PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_CANCELED, PAYMENT_REFUNDED].map((event) => event.name)).toEqual([
      'payment.succeeded',
      'payment.failed',
      'payment.canceled',
      'payment.refunded',
    ]);
  });

  it('has no event for pending, where a payment starts and never returns', () => {
    expect(paymentEventFor(PaymentStatus.pending)).toBeNull();
  });
});

import { isForwardTransition, PaymentStatus } from './payment-status.js';

const { pending, succeeded, failed, canceled, refunded } = PaymentStatus;

describe('payment status transitions', () => {
  it('moves a pending payment to any outcome', () => {
    for (const to of [succeeded, failed, canceled, refunded]) expect(isForwardTransition(pending, to)).toBe(true);
  });

  it('never un-pays: an expiry or failure after success changes nothing', () => {
    expect(isForwardTransition(succeeded, canceled)).toBe(false);
    expect(isForwardTransition(succeeded, failed)).toBe(false);
    expect(isForwardTransition(succeeded, pending)).toBe(false);
    expect(isForwardTransition(refunded, succeeded)).toBe(false);
  });

  it('records money received after a failure was seen, and a refund after success', () => {
    expect(isForwardTransition(failed, succeeded)).toBe(true);
    expect(isForwardTransition(succeeded, refunded)).toBe(true);
    expect(isForwardTransition(failed, canceled)).toBe(false);
    expect(isForwardTransition(succeeded, succeeded)).toBe(false);
  });
});

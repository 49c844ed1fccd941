import { buildConfig, ConfigValidationError } from '../config/app-config.js';
import { FeeSchedule } from './fee-schedule.js';
import { PaymentPurpose } from './payment-purpose.js';

describe('FeeSchedule', () => {
  it('has the city’s default fees in cents (26 € for a Gewerbeanmeldung in Bochum)', () => {
    const fees = new FeeSchedule(buildConfig({}));
    expect(fees.feeFor(PaymentPurpose.citizen_card)).toEqual({ purpose: 'citizen_card', amountCents: 1500, currency: 'EUR' });
    expect(fees.feeFor(PaymentPurpose.trade_registration).amountCents).toBe(2600);
    expect(fees.feeFor(PaymentPurpose.business_address).amountCents).toBe(0);
    expect(fees.all().map((fee) => fee.purpose)).toEqual(['citizen_card', 'trade_registration', 'business_address']);
  });

  it('takes the amounts from the environment; a purpose may be free', () => {
    const fees = new FeeSchedule(buildConfig({ FEE_CITIZEN_CARD_CENTS: '0', FEE_BUSINESS_ADDRESS_CENTS: '4900' }));
    expect(fees.feeFor(PaymentPurpose.citizen_card).amountCents).toBe(0);
    expect(fees.feeFor(PaymentPurpose.business_address).amountCents).toBe(4900);
  });

  it('refuses amounts that are not whole cents, negative, or below Stripe’s minimum', () => {
    for (const value of ['12.5', '-1', '49', 'ten']) {
      expect(() => buildConfig({ FEE_TRADE_REGISTRATION_CENTS: value })).toThrow(/FEE_TRADE_REGISTRATION_CENTS/);
    }
  });
});

describe('payment provider configuration', () => {
  it('uses the local sandbox without a Stripe key, outside production', () => {
    expect(buildConfig({}).payments.provider).toBe('sandbox');
  });

  it('uses Stripe with a key and requires its webhook secret', () => {
    expect(() => buildConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(ConfigValidationError);
    expect(() => buildConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    const config = buildConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef0123' });
    expect(config.payments.provider).toBe('stripe');
    expect(config.payments.stripe).toMatchObject({ secretKey: 'sk_test_abc123', webhookSecret: 'whsec_0123456789abcdef0123' });
  });

  it('has no sandbox when it is switched off (the default in production), so nothing is given away for free', () => {
    expect(buildConfig({ PAYMENTS_SANDBOX: '0' }).payments.provider).toBeNull();
  });
});

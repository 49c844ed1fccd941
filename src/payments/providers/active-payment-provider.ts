import { Inject, Injectable, Optional } from '@nestjs/common';
import type { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentsException } from '../payments.exception.js';
import { PaymentProvider } from './payment-provider.js';

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** The provider chosen by configuration; none in production without Stripe keys (unless the sandbox is asked for). */
@Injectable()
export class ActivePaymentProvider {
  constructor(@Optional() @Inject(PAYMENT_PROVIDER) private readonly provider?: PaymentProvider) {}

  get name(): PaymentProviderName | null {
    return this.provider?.name ?? null;
  }

  /** The provider, or PAYMENTS_UNAVAILABLE when `name` is not the one configured now. */
  get(name: PaymentProviderName | null = this.name): PaymentProvider {
    if (!this.provider || this.provider.name !== name) throw PaymentsException.providerUnavailable();
    return this.provider;
  }
}

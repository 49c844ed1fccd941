import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PaymentPurpose } from './payment-purpose.js';

export interface Fee {
  purpose: PaymentPurpose;
  amountCents: number;
  currency: string;
}

/** The city's fees, from configuration (FEE_*_CENTS); integer cents, one currency. */
@Injectable()
export class FeeSchedule {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'payments'>) {}

  feeFor(purpose: PaymentPurpose): Fee {
    const amountCents = this.config.payments.fees[purpose];
    if (amountCents === undefined) throw new Error(`no fee configured for ${purpose}`);
    return { purpose, amountCents, currency: this.config.payments.currency };
  }

  all(): Fee[] {
    return Object.values(PaymentPurpose).map((purpose) => this.feeFor(purpose));
  }
}

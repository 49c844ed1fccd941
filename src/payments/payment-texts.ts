import { Injectable } from '@nestjs/common';
import { formatDateTime, formatMoney } from '../common/i18n/formatting.js';
import { param, type MessageParams } from '../common/i18n/message-params.js';
import { Translator } from '../common/i18n/translator.js';
import type { Payment } from './payment.entity.js';
import type { PaymentPurpose } from './payment-purpose.js';
import type { PaymentStatus } from './payment-status.js';

/** Payment wording and formats in a given language, from the `payments` catalogue and Intl. */
@Injectable()
export class PaymentTexts {
  constructor(private readonly translator: Translator) {}

  t(language: string, key: string, params: Record<string, unknown> = {}): string {
    return this.translator.t(language, `payments:${key}`, params);
  }

  purpose(language: string, purpose: PaymentPurpose): string {
    return this.t(language, `purpose.${purpose}`);
  }

  statusMessage(language: string, status: PaymentStatus): string {
    return this.t(language, `status.${status}.message`);
  }

  /** "15,00 €" in German, "€15.00" in English. */
  amount(language: string, cents: number, currency: string): string {
    return formatMoney(cents, language, currency);
  }

  /** Date and time in Berlin with the zone, e.g. "1. März 2026 um 11:05 MEZ", "1 March 2026 at 11:05 CET". */
  dateTime(language: string, date: Date): string {
    return formatDateTime(date, language);
  }

  /** A payment for a notice, in no language yet: amount, purpose and reference, written when read or sent. */
  noticeParams(payment: Pick<Payment, 'amountCents' | 'currency' | 'purpose' | 'reference'>): MessageParams {
    return {
      amount: param.money(payment.amountCents, payment.currency),
      purpose: param.key(`payments:purpose.${payment.purpose}`),
      reference: param.ltr(payment.reference),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { Translator } from '../common/i18n/translator.js';
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
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(cents / 100);
  }

  /** Date and time as people in Bochum read it. */
  dateTime(language: string, date: Date): string {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
  }
}

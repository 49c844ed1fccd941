import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Payment } from '../payment.entity.js';
import { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentStatus } from '../payment-status.js';
import { PaymentTexts } from '../payment-texts.js';
import type { ReceiptContent } from './receipt-content.js';

export const hasReceipt = (status: PaymentStatus) => status === PaymentStatus.succeeded || status === PaymentStatus.refunded;

/** Puts a payment into words for its receipt: city, purpose, amount and date formatted per language. */
@Injectable()
export class ReceiptComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly texts: PaymentTexts,
  ) {}

  /** `payerName` is the payer's verified name, when there is one (shown above the e-mail address). */
  compose(payment: Payment, payerEmail: string, language: string, payerName: string | null = null): ReceiptContent {
    const t = (key: string, params: Record<string, unknown> = {}) =>
      this.texts.t(language, `receipt.${key}`, { city: this.config.cityName, ...params });
    const rows = [
      { label: t('reference'), value: payment.reference },
      { label: t('paidAt'), value: this.texts.dateTime(language, payment.paidAt ?? payment.createdAt) },
      { label: t('purpose'), value: this.texts.purpose(language, payment.purpose) },
      { label: t('amount'), value: this.texts.amount(language, payment.amountCents, payment.currency) },
      { label: t('payer'), value: payerName ? `${payerName}\n${payerEmail}` : payerEmail },
      { label: t('method'), value: t(`method_${payment.provider ?? 'none'}`) },
    ];
    if (payment.status === PaymentStatus.refunded) {
      rows.push({ label: t('refundedAt'), value: this.texts.dateTime(language, payment.refundedAt ?? payment.updatedAt) });
      if (payment.refundReason) rows.push({ label: t('refundReason'), value: payment.refundReason });
    }
    return {
      language,
      issuer: t('issuer'),
      title: payment.status === PaymentStatus.refunded ? t('titleRefunded') : t('title'),
      notice: payment.provider === PaymentProviderName.sandbox ? t('testNotice') : null,
      rows,
      footer: t('footer'),
    };
  }
}

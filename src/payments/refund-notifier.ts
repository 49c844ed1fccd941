import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountNotifications } from '../notifications/index.js';
import type { Payment } from './payment.entity.js';
import { PaymentTexts } from './payment-texts.js';
import { RECEIPTS_PATH } from './receipts/receipts-path.js';

/**
 * Tells the payer that a fee was refunded, in their language: an e-mail and an in-app notification,
 * written in the transaction that marks the payment `refunded` (so they go out exactly when it does).
 */
@Injectable()
export class RefundNotifier {
  constructor(
    private readonly notifications: AccountNotifications,
    private readonly texts: PaymentTexts,
  ) {}

  async notify(manager: EntityManager, payment: Payment): Promise<void> {
    await this.notifications.notify(manager, payment.payerAccountId, (language) => {
      const params = {
        amount: this.texts.amount(language, payment.amountCents, payment.currency),
        purpose: this.texts.purpose(language, payment.purpose),
        reference: payment.reference,
        reason: payment.refundReason ?? this.texts.t(language, 'refund.no_reason'),
      };
      return {
        email: { template: 'payment_refunded', params: { ...params, link: `${this.notifications.publicUrl}${RECEIPTS_PATH}` } },
        inApp: { kind: 'payment_refunded', params, link: RECEIPTS_PATH },
      };
    });
  }
}

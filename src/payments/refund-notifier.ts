import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { param } from '../common/i18n/message-params.js';
import { AccountNotifications } from '../notifications/index.js';
import type { Payment } from './payment.entity.js';
import { PaymentTexts } from './payment-texts.js';
import { RECEIPTS_PATH } from './receipts/receipts-path.js';

/**
 * Tells the payer that a fee was refunded, in their language when read or sent: an e-mail and an in-app notification,
 * written in the transaction that marks the payment `refunded` (so they go out exactly when it does).
 */
@Injectable()
export class RefundNotifier {
  constructor(
    private readonly notifications: AccountNotifications,
    private readonly texts: PaymentTexts,
  ) {}

  async notify(manager: EntityManager, payment: Payment): Promise<void> {
    const params = { ...this.texts.noticeParams(payment), reason: payment.refundReason ?? param.key('payments:refund.no_reason') };
    await this.notifications.notify(manager, payment.payerAccountId, {
      email: {
        template: 'payment_refunded',
        params: {
          ...params,
          refundedAt: param.dateTime(payment.refundedAt ?? new Date()),
          link: `${this.notifications.publicUrl}${RECEIPTS_PATH}`,
        },
      },
      inApp: { kind: 'payment_refunded', params, link: RECEIPTS_PATH },
    });
  }
}

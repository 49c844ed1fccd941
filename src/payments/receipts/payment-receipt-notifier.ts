import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { param } from '../../common/i18n/message-params.js';
import { AccountNotifications, EmailAttachments, type RenderedAttachment } from '../../notifications/index.js';
import { Payment } from '../payment.entity.js';
import { PAYMENT_SUCCEEDED, type PaymentEventPayload } from '../payment-events.js';
import { PaymentTexts } from '../payment-texts.js';
import { ReceiptService } from './receipt.service.js';
import { RECEIPTS_PATH } from './receipts-path.js';

export { RECEIPTS_PATH };

/** The e-mail attachment kind of a payment's PDF receipt (the reference is the payment id). */
export const RECEIPT_ATTACHMENT = 'payments.receipt';

/**
 * Tells the payer that a payment arrived: an e-mail with the PDF receipt, and an in-app notification.
 * Both are written in the payer's language when sent or read, the receipt too (it is made when the
 * e-mail goes out).
 */
@Injectable()
export class PaymentReceiptNotifier implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly receipts: ReceiptService,
    private readonly texts: PaymentTexts,
    private readonly notifications: AccountNotifications,
    private readonly attachments: EmailAttachments,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PAYMENT_SUCCEEDED, 'payment-receipt', (event) => this.notify(event));
    this.attachments.register(RECEIPT_ATTACHMENT, (paymentId) => this.receipt(paymentId));
  }

  /** At-least-once delivery: the `receipt_sent_at` claim in the same transaction makes it tell once. */
  async notify(event: PaymentEventPayload): Promise<void> {
    if (event.amountCents === 0) return; // a free purpose: nothing was received
    await this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(Payment)
        .set({ receiptSentAt: () => 'now()' })
        .where('id = :id AND receipt_sent_at IS NULL', { id: event.paymentId })
        .execute();
      if (!claimed.affected) return;
      const payment = await manager.findOneByOrFail(Payment, { id: event.paymentId });
      const params = this.texts.noticeParams(payment);
      await this.notifications.notify(manager, payment.payerAccountId, {
        email: {
          template: 'payment_received',
          params: {
            ...params,
            paidAt: param.dateTime(payment.paidAt ?? payment.createdAt),
            link: `${this.config.publicUrl}${RECEIPTS_PATH}`,
          },
          attachments: [{ kind: RECEIPT_ATTACHMENT, ref: payment.id }],
        },
        inApp: { kind: 'payment_received', params, link: RECEIPTS_PATH },
      });
    });
  }

  /** The receipt as the e-mail carries it, in the payer's language now. */
  private async receipt(paymentId: string): Promise<RenderedAttachment> {
    const payment = await this.dataSource.manager.findOneByOrFail(Payment, { id: paymentId });
    const file = await this.receipts.render(this.dataSource.manager, payment);
    return { filename: file.filename, contentType: 'application/pdf', content: file.content };
  }
}

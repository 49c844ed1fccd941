import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { InAppNotificationService } from '../../notifications/index.js';
import { EmailComposer } from '../../notifications/index.js';
import { MailPort } from '../../notifications/index.js';
import { PayerDirectory } from '../payer-directory.js';
import { Payment } from '../payment.entity.js';
import { PAYMENT_SUCCEEDED, type PaymentEventPayload } from '../payment-events.js';
import { PaymentTexts } from '../payment-texts.js';
import { ReceiptService } from './receipt.service.js';
import { RECEIPTS_PATH } from './receipts-path.js';

export { RECEIPTS_PATH };

/** Tells the payer that a payment arrived: an e-mail with the PDF receipt, and an in-app notification. */
@Injectable()
export class PaymentReceiptNotifier implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly receipts: ReceiptService,
    private readonly payers: PayerDirectory,
    private readonly texts: PaymentTexts,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PAYMENT_SUCCEEDED, 'payment-receipt', (event) => this.notify(event));
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
      const payer = await this.payers.contactOf(manager, payment.payerAccountId);
      const receipt = await this.receipts.render(manager, payment);
      const params = {
        amount: this.texts.amount(payer.language, payment.amountCents, payment.currency),
        purpose: this.texts.purpose(payer.language, payment.purpose),
        reference: payment.reference,
      };
      const mail = this.composer.compose('payment_received', payer.email, payer.language, {
        ...params,
        link: `${this.config.publicUrl}${RECEIPTS_PATH}`,
      });
      await this.mail.send(
        { ...mail, attachments: [{ filename: receipt.filename, contentType: 'application/pdf', content: receipt.content }] },
        manager,
      );
      await this.inApp.notify(manager, payer.accountId, 'payment_received', params, RECEIPTS_PATH);
    });
  }
}

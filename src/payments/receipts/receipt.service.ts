import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { PayerDirectory } from '../payer-directory.js';
import type { Payment } from '../payment.entity.js';
import { PaymentService } from '../payment.service.js';
import { PaymentsException } from '../payments.exception.js';
import { hasReceipt, ReceiptComposer } from './receipt-composer.js';
import { renderReceiptPdf } from './render-receipt-pdf.js';
import { fullName } from '../../../packages/shared/src/person-name.js';

export interface ReceiptFile {
  filename: string;
  content: Buffer;
}

/** PDF receipts, in the payer's current language, with the payer's verified name in any script, for the payer and for staff. */
@Injectable()
export class ReceiptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly payments: PaymentService,
    private readonly payers: PayerDirectory,
    private readonly composer: ReceiptComposer,
    private readonly identities: VerifiedIdentities,
  ) {}

  async forActor(actor: Actor, paymentId: string): Promise<ReceiptFile> {
    const payment = await this.payments.get(actor, paymentId);
    if (!hasReceipt(payment.status)) throw PaymentsException.noReceipt();
    return this.render(this.dataSource.manager, payment);
  }

  async render(manager: EntityManager, payment: Payment): Promise<ReceiptFile> {
    const payer = await this.payers.contactOf(manager, payment.payerAccountId);
    const identity = await this.identities.of(payment.payerAccountId, manager);
    const name = identity ? fullName(identity) : null;
    const content = await renderReceiptPdf(this.composer.compose(payment, payer.email, payer.language, name));
    return { filename: `receipt-${payment.reference}.pdf`, content };
  }
}

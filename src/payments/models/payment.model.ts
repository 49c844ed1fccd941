import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import type { Payment } from '../payment.entity.js';
import { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentPurpose } from '../payment-purpose.js';
import { isPaid, PaymentStatus } from '../payment-status.js';
import type { PaymentTexts } from '../payment-texts.js';
import { hasReceipt } from '../receipts/receipt-composer.js';

@ObjectType('Payment', { description: 'A fee payment of the signed-in person (or, for staff, anyone’s).' })
export class PaymentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Human-readable reference with a check digit, e.g. `BO-P-2026-000123-7`.' })
  reference: string;

  @Field(() => PaymentPurpose)
  purpose: PaymentPurpose;

  @Field()
  subjectType: string;

  @Field()
  subjectId: string;

  @Field(() => Int, { description: 'Integer cents.' })
  amountCents: number;

  @Field({ description: 'ISO 4217, e.g. `EUR`.' })
  currency: string;

  @Field(() => PaymentStatus)
  status: PaymentStatus;

  @Field({ description: 'True only while the payment has succeeded (not failed, canceled, pending or refunded).' })
  paid: boolean;

  @Field({ description: 'The status in the caller’s language; says plainly when the fee is still unpaid.' })
  statusMessage: string;

  @Field(() => PaymentProviderName, { nullable: true, description: 'Null for a free purpose.' })
  provider: PaymentProviderName | null;

  @Field({ description: 'Made in the local sandbox: nothing was charged.' })
  testPayment: boolean;

  @Field(() => String, { nullable: true, description: 'Where the payer completes the payment, while it is pending.' })
  checkoutUrl: string | null;

  @Field(() => String, { nullable: true, description: 'The PDF receipt (send the access token), once paid.' })
  receiptUrl: string | null;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true })
  refundedAt: Date | null;

  @Field(() => String, { nullable: true })
  refundReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff asked the provider for the refund.' })
  refundRequestedAt: Date | null;

  /** For pagination only. */
  cursor: string;

  /** The stored payment, for field resolvers only. */
  entity: Payment;

  static from(payment: Payment, view: { language: string; texts: PaymentTexts; viewerIsPayer: boolean; cursor?: string }): PaymentModel {
    return Object.assign(new PaymentModel(), {
      id: payment.id,
      reference: payment.reference,
      purpose: payment.purpose,
      subjectType: payment.subjectType,
      subjectId: payment.subjectId,
      amountCents: payment.amountCents,
      currency: payment.currency,
      status: payment.status,
      paid: isPaid(payment.status),
      statusMessage: view.texts.statusMessage(view.language, payment.status),
      provider: payment.provider,
      testPayment: payment.provider === PaymentProviderName.sandbox,
      checkoutUrl: view.viewerIsPayer && payment.status === PaymentStatus.pending ? payment.checkoutUrl : null,
      receiptUrl: hasReceipt(payment.status) ? `/api/payments/${payment.id}/receipt.pdf` : null,
      paidAt: payment.paidAt,
      refundedAt: payment.refundedAt,
      refundReason: payment.refundReason,
      refundRequestedAt: payment.refundRequestedAt,
      entity: payment,
      createdAt: payment.createdAt,
      cursor: view.cursor ?? '',
    });
  }
}

export const PaymentConnection = Connection(PaymentModel, 'PaymentConnection');

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { JobQueue } from '../common/jobs/job-queue.js';
import { Payment } from './payment.entity.js';
import { PaymentStatus } from './payment-status.js';
import { RefundService } from './refund.service.js';

const REFUND_DUPLICATE_QUEUE = 'payments.refund-duplicate';
/** Namespace of the advisory lock that serialises payments of one subject becoming `succeeded`. */
const SUBJECT_PAID_LOCK = 7_303;

/**
 * One subject is paid once. The start of a payment refuses a second open one (a unique constraint),
 * but a second payment can still succeed, e.g. through the provider's webhook for an older checkout
 * session that was paid in another tab. Such a duplicate is found in the transaction that moves it
 * to `succeeded`, recorded, and refunded automatically by a job (after commit, with retries).
 */
@Injectable()
export class DuplicatePayments implements OnModuleInit {
  private readonly logger = new Logger('DuplicatePayments');

  constructor(
    private readonly jobs: JobQueue,
    private readonly refunds: RefundService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ paymentId: string; duplicateOf: string }>(
      REFUND_DUPLICATE_QUEUE,
      (job) => this.refunds.refundDuplicate(job.data.paymentId, job.data.duplicateOf),
      {
        retryLimit: 8,
        retryDelaySeconds: 10,
      },
    );
  }

  /**
   * Called in the transaction that is about to move `payment` to `succeeded`: waits (on the same
   * connection, bounded by lock_timeout) for any other payment of the subject doing the same, and
   * returns the payment that had paid the subject before, if any, having scheduled the refund.
   */
  async beforeSuccess(manager: EntityManager, payment: Payment): Promise<Payment | null> {
    const subject = { purpose: payment.purpose, subjectType: payment.subjectType, subjectId: payment.subjectId };
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      SUBJECT_PAID_LOCK,
      `${subject.purpose}:${subject.subjectType}:${subject.subjectId}`,
    ]);
    const earlier = await manager.findOne(Payment, {
      where: { ...subject, status: PaymentStatus.succeeded, id: Not(payment.id) },
      order: { paidAt: 'ASC' },
    });
    if (!earlier || payment.amountCents === 0) return earlier;
    this.logger.warn(`payment ${payment.id} pays ${subject.subjectType} ${subject.subjectId} again (paid by ${earlier.id}); refunding it`);
    await this.audit.record(
      {
        action: 'payment.duplicate_detected',
        subjectType: 'payment',
        subjectId: payment.id,
        details: {
          duplicateOf: earlier.id,
          purpose: subject.purpose,
          subjectType: subject.subjectType,
          subjectId: subject.subjectId,
          amountCents: payment.amountCents,
        },
      },
      manager,
    );
    await this.jobs.enqueue(manager, REFUND_DUPLICATE_QUEUE, { paymentId: payment.id, duplicateOf: earlier.id });
    return earlier;
  }
}

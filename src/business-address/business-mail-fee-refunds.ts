import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { PAYMENT_REFUNDED, PaymentPurpose, type PaymentEventPayload } from '../payments/index.js';
import { BusinessMailServiceStatus } from './business-mail-status.js';
import { BUSINESS_ADDRESS_SERVICE_SUBJECT } from './business-postal.service.js';
import { BusinessMailCharge } from './entities/business-mail-charge.entity.js';
import { BusinessMailService } from './entities/business-mail-service.entity.js';

/**
 * Business address's rule for a refunded monthly fee: the postal service ends now (cancelled, paid
 * until now), as when the company cancels it; letters already received stay. Idempotent.
 */
@Injectable()
export class BusinessMailFeeRefunds implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(PAYMENT_REFUNDED, 'business-addresses', (payment) => this.onRefunded(payment));
  }

  async onRefunded(payment: PaymentEventPayload): Promise<void> {
    if (
      payment.subjectType !== BUSINESS_ADDRESS_SERVICE_SUBJECT ||
      payment.purpose !== PaymentPurpose.business_address ||
      !isUuid(payment.subjectId)
    )
      return;
    await this.dataSource.transaction(async (manager) => {
      const charge = await manager.findOneBy(BusinessMailCharge, { id: payment.subjectId });
      if (!charge) return;
      const service = await manager.findOne(BusinessMailService, { where: { id: charge.serviceId }, lock: { mode: 'pessimistic_write' } });
      if (!service || service.status === BusinessMailServiceStatus.cancelled) return;
      const now = new Date();
      await manager.update(
        BusinessMailService,
        { id: service.id },
        { status: BusinessMailServiceStatus.cancelled, cancelledAt: now, paidUntil: now },
      );
      await this.audit.record(
        {
          action: 'business_address.service_ended_fee_refunded',
          subjectType: 'business_mail_service',
          subjectId: service.id,
          details: { paymentId: payment.paymentId, chargeId: charge.id },
        },
        manager,
      );
    });
  }
}

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { ClusterEvents } from '../common/cluster-events/index.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { JobQueue } from '../common/jobs/job-queue.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import { AddressPools, MailHandling, type AddressPoolInfo, type ForwardingAddress } from '../addresses/index.js';
import {
  companyIdsOf,
  CompanyAccess,
  OnboardingStep,
  OnboardingSteps,
  publishJourneyChanged,
  type OnboardingStepContext,
  type OnboardingStepState,
} from '../companies/index.js';
import {
  FeeSchedule,
  PAYMENT_SUCCEEDED,
  PaymentPurpose,
  PaymentSubjects,
  type PaymentEventPayload,
  PaymentService,
} from '../payments/index.js';
import { BusinessAddressException } from './business-address.exception.js';
import { BusinessMailServiceStatus } from './business-mail-status.js';
import { BusinessAddressAllocation } from './entities/business-address-allocation.entity.js';
import { BusinessMailCharge } from './entities/business-mail-charge.entity.js';
import { BusinessMailService } from './entities/business-mail-service.entity.js';
import { BusinessMailNotifier } from './business-mail-notifier.js';

export const BUSINESS_ADDRESS_SERVICE_SUBJECT = 'business_address_service';
export const BUSINESS_MAIL_RENEWAL_QUEUE = 'business-address.renew';

export interface MailServiceChoice {
  allocationId: string;
  preference: MailHandling;
  forwardingAddress?: { name?: string | null; street: string; postcode: string; city: string; country: string } | null;
}

/** A company's business address with the postal service booked for it (if any). */
export interface CompanyBusinessAddress {
  allocation: BusinessAddressAllocation;
  /** The service point (address pool) the mailbox is at. */
  pool: AddressPoolInfo;
  service: BusinessMailService | null;
}

/**
 * The postal service of a business address: how letters are handled (scan, forward, hold) and its
 * monthly fee. With a fee the service waits for the payment of a charge (one month); without one it
 * is active at once. When the paid month ends a new charge is due and letters are held until paid.
 * Only representatives of the company reach it; any other id answers NOT_FOUND.
 */
@Injectable()
export class BusinessPostalService implements OnModuleInit {
  private readonly logger = new Logger('BusinessPostal');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly onboarding: OnboardingSteps,
    private readonly fees: FeeSchedule,
    private readonly paymentSubjects: PaymentSubjects,
    private readonly payments: PaymentService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly notifier: BusinessMailNotifier,
    private readonly pools: AddressPools,
    private readonly cluster: ClusterEvents,
  ) {}

  onModuleInit(): void {
    this.paymentSubjects.register(BUSINESS_ADDRESS_SERVICE_SUBJECT, {
      purposes: [PaymentPurpose.business_address],
      mayPay: (actor, subjectId) => this.mayPay(actor, subjectId),
    });
    // The subscriber name predates the domain's rename; it names a durable job queue, so it stays.
    this.events.subscribe(PAYMENT_SUCCEEDED, 'business-addresses', (payment) => this.onPaymentSucceeded(payment));
    this.jobs.schedule(BUSINESS_MAIL_RENEWAL_QUEUE, '20 * * * *', async () => {
      await this.renewDue();
    });
    this.onboarding.register(OnboardingStep.business_address, {
      states: (contexts, batch) => this.journeyStates(contexts, batch),
    });
  }

  monthlyFeeCents(): number {
    return this.fees.feeFor(PaymentPurpose.business_address).amountCents;
  }

  async ofCompany(actor: Actor, companyId: string): Promise<CompanyBusinessAddress[]> {
    await this.access.requireRepresentative(actor, companyId);
    const manager = this.dataSource.manager;
    const allocations = await manager.find(BusinessAddressAllocation, { where: { companyId }, order: { allocatedAt: 'ASC' } });
    const pools = await this.pools.byIds(
      allocations.map((allocation) => allocation.poolId),
      manager,
    );
    const services = await manager.findBy(BusinessMailService, { companyId });
    return allocations.map((allocation) => ({
      allocation,
      pool: poolOf(pools, allocation),
      service: services.find((service) => service.allocationId === allocation.id) ?? null,
    }));
  }

  /** Books the service (or changes the choice while it waits for payment); a cancelled one is booked anew. */
  async setUp(actor: Actor, companyId: string, choice: MailServiceChoice): Promise<CompanyBusinessAddress> {
    const forwardingAddress = forwardingAddressOf(choice);
    return this.dataSource.transaction(async (manager) => {
      const allocation = await this.allocationOf(actor, companyId, choice.allocationId, manager);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`business-mail-service:${allocation.id}`]);
      const existing = await manager.findOneBy(BusinessMailService, { allocationId: allocation.id });
      if (existing?.status === BusinessMailServiceStatus.active) throw BusinessAddressException.serviceAlreadyActive();
      const feeCents = this.monthlyFeeCents();
      const free = feeCents === 0;
      const choiceValues = { mailHandling: choice.preference, forwardingAddress, bookedBy: actor.accountId };
      let service: BusinessMailService;
      if (existing?.status === BusinessMailServiceStatus.awaiting_payment) {
        // Still unpaid: only the choice changes; the open charge stays the one to pay.
        await manager.update(BusinessMailService, { id: existing.id }, choiceValues);
        service = { ...existing, ...choiceValues };
      } else {
        // Booked again within a month already paid: active at once until that month ends.
        const stillPaid = !free && existing?.paidUntil != null && existing.paidUntil > new Date();
        const values = {
          ...choiceValues,
          status: free || stillPaid ? BusinessMailServiceStatus.active : BusinessMailServiceStatus.awaiting_payment,
          monthlyFeeCents: feeCents,
          activatedAt: free || stillPaid ? new Date() : null,
          cancelledAt: null,
          paidUntil: stillPaid ? existing!.paidUntil : null,
          openChargeId: null,
        };
        if (existing) {
          await manager.update(BusinessMailService, { id: existing.id }, values);
          service = { ...existing, ...values };
        } else {
          service = await manager.save(manager.create(BusinessMailService, { allocationId: allocation.id, companyId, ...values }));
        }
        if (service.status === BusinessMailServiceStatus.awaiting_payment)
          service.openChargeId = await this.openCharge(manager, service, feeCents);
      }
      await this.audit.record(
        {
          action: 'business_address.service_booked',
          actorAccountId: actor.accountId,
          subjectType: 'business_mail_service',
          subjectId: service.id,
          details: { companyId, status: service.status, preference: choice.preference, feeCents },
        },
        manager,
      );
      return { allocation, pool: await this.pools.byId(allocation.poolId, manager), service };
    });
  }

  /** Changes how letters are handled for an active (or unpaid) service. */
  async changeHandling(actor: Actor, companyId: string, choice: MailServiceChoice): Promise<CompanyBusinessAddress> {
    const forwardingAddress = forwardingAddressOf(choice);
    return this.dataSource.transaction(async (manager) => {
      const allocation = await this.allocationOf(actor, companyId, choice.allocationId, manager);
      const service = await manager.findOne(BusinessMailService, {
        where: { allocationId: allocation.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!service || service.status === BusinessMailServiceStatus.cancelled) throw BusinessAddressException.serviceNotActive();
      await manager.update(BusinessMailService, { id: service.id }, { mailHandling: choice.preference, forwardingAddress });
      await this.audit.record(
        {
          action: 'business_address.mail_handling_changed',
          actorAccountId: actor.accountId,
          subjectType: 'business_mail_service',
          subjectId: service.id,
          details: { companyId, preference: choice.preference },
        },
        manager,
      );
      return {
        allocation,
        pool: await this.pools.byId(allocation.poolId, manager),
        service: { ...service, mailHandling: choice.preference, forwardingAddress },
      };
    });
  }

  async cancel(actor: Actor, companyId: string, allocationId: string): Promise<CompanyBusinessAddress> {
    return this.dataSource.transaction(async (manager) => {
      const allocation = await this.allocationOf(actor, companyId, allocationId, manager);
      const service = await manager.findOne(BusinessMailService, {
        where: { allocationId: allocation.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!service || service.status === BusinessMailServiceStatus.cancelled) throw BusinessAddressException.serviceNotActive();
      const cancelledAt = new Date();
      await manager.update(BusinessMailService, { id: service.id }, { status: BusinessMailServiceStatus.cancelled, cancelledAt });
      await this.audit.record(
        {
          action: 'business_address.service_cancelled',
          actorAccountId: actor.accountId,
          subjectType: 'business_mail_service',
          subjectId: service.id,
          details: { companyId },
        },
        manager,
      );
      return {
        allocation,
        pool: await this.pools.byId(allocation.poolId, manager),
        service: { ...service, status: BusinessMailServiceStatus.cancelled, cancelledAt },
      };
    });
  }

  /** The journey step of many companies (two queries): done once a postal service is active for one of the company's addresses. */
  async journeyStates(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts).filter(isUuid);
    const [allocations, services] = ids.length
      ? await Promise.all([
          batch.rows<{ companyId: string }>(
            'SELECT DISTINCT company_id AS "companyId" FROM business_address_allocations WHERE company_id = ANY($1::uuid[])',
            [ids],
          ),
          batch.rows<JourneyMailService>(
            `SELECT company_id AS "companyId", status, activated_at AS "activatedAt", updated_at AS "updatedAt"
               FROM business_mail_services WHERE company_id = ANY($1::uuid[])`,
            [ids],
          ),
        ])
      : [[], []];
    const withAddress = new Set(allocations.map((allocation) => allocation.companyId));
    const servicesOf = new Map<string, JourneyMailService[]>();
    // Newest first, as the states pick the first active or unpaid one.
    services.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    for (const service of services) servicesOf.set(service.companyId, [...(servicesOf.get(service.companyId) ?? []), service]);
    return contexts.map(({ companyId }) => journeyStateOf(companyId, withAddress.has(companyId), servicesOf.get(companyId) ?? []));
  }

  private async allocationOf(
    actor: Actor,
    companyId: string,
    allocationId: string,
    manager: EntityManager,
  ): Promise<BusinessAddressAllocation> {
    await this.access.requireRepresentative(actor, companyId, manager);
    if (!isUuid(allocationId)) throw DomainException.notFound();
    const allocation = await manager.findOneBy(BusinessAddressAllocation, { id: allocationId, companyId });
    if (!allocation) throw DomainException.notFound();
    return allocation;
  }

  /**
   * Services whose paid month has ended: a new charge is due (letters are held until it is paid);
   * if the service has become free meanwhile, it simply stays active. Runs hourly.
   */
  async renewDue(now: Date = new Date()): Promise<number> {
    const feeCents = this.monthlyFeeCents();
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(BusinessMailService, 's')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('s.status = :status AND s.paid_until <= :now', { status: BusinessMailServiceStatus.active, now })
        .orderBy('s.paid_until', 'ASC')
        .take(500)
        .getMany();
      for (const service of due) {
        if (feeCents === 0) {
          await manager.update(BusinessMailService, { id: service.id }, { paidUntil: null, monthlyFeeCents: 0 });
          continue;
        }
        const chargeId = await this.openCharge(manager, service, feeCents);
        await manager.update(
          BusinessMailService,
          { id: service.id },
          { status: BusinessMailServiceStatus.awaiting_payment, monthlyFeeCents: feeCents, openChargeId: chargeId },
        );
        await this.audit.record(
          {
            action: 'business_address.fee_due',
            subjectType: 'business_mail_service',
            subjectId: service.id,
            details: { chargeId, feeCents },
          },
          manager,
        );
        await this.notifier.feeDue(manager, service.companyId);
      }
      return due.length;
    });
  }

  private async openCharge(manager: EntityManager, service: BusinessMailService, feeCents: number): Promise<string> {
    const charge = await manager.save(
      manager.create(BusinessMailCharge, { serviceId: service.id, companyId: service.companyId, feeCents }),
    );
    await manager.update(BusinessMailService, { id: service.id }, { openChargeId: charge.id });
    return charge.id;
  }

  private async mayPay(actor: Actor, chargeId: string): Promise<boolean> {
    if (!isUuid(chargeId)) return false;
    const service = await this.dataSource.manager.findOneBy(BusinessMailService, {
      openChargeId: chargeId,
      status: BusinessMailServiceStatus.awaiting_payment,
    });
    if (!service) return false;
    const companyIds = await this.access.companyIdsOf(actor.accountId);
    return companyIds.includes(service.companyId);
  }

  private async onPaymentSucceeded(payment: PaymentEventPayload): Promise<void> {
    if (payment.subjectType !== BUSINESS_ADDRESS_SERVICE_SUBJECT || !isUuid(payment.subjectId)) return;
    await this.dataSource.transaction(async (manager) => {
      const charge = await manager.findOne(BusinessMailCharge, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!charge || charge.paidAt) return;
      if (payment.purpose !== PaymentPurpose.business_address || payment.amountCents < charge.feeCents) {
        this.logger.warn(`payment ${payment.paymentId} does not pay business mail charge ${charge.id}; ignored`);
        return;
      }
      if (!(await this.payments.isStillPaid(manager, payment.paymentId))) return;
      const service = await manager.findOneOrFail(BusinessMailService, {
        where: { id: charge.serviceId },
        lock: { mode: 'pessimistic_write' },
      });
      // One month from now, or from the end of the months already paid.
      const [covers] = (await manager.query(
        "SELECT greatest(now(), coalesce($1::timestamptz, now())) AS covers_from, greatest(now(), coalesce($1::timestamptz, now())) + interval '1 month' AS covers_until",
        [service.paidUntil],
      )) as { covers_from: Date; covers_until: Date }[];
      await manager.update(
        BusinessMailCharge,
        { id: charge.id },
        { paidAt: new Date(), paymentId: payment.paymentId, coversFrom: covers.covers_from, coversUntil: covers.covers_until },
      );
      if (service.status === BusinessMailServiceStatus.cancelled) {
        this.logger.warn(`business mail charge ${charge.id} paid after the service was cancelled`);
        return;
      }
      await manager.update(
        BusinessMailService,
        { id: service.id },
        {
          status: BusinessMailServiceStatus.active,
          activatedAt: service.activatedAt ?? new Date(),
          paidUntil: covers.covers_until,
          openChargeId: service.openChargeId === charge.id ? null : service.openChargeId,
        },
      );
      await this.audit.record(
        {
          action: 'business_address.fee_paid',
          actorAccountId: payment.payerAccountId,
          subjectType: 'business_mail_service',
          subjectId: service.id,
          details: { paymentId: payment.paymentId, chargeId: charge.id, paidUntil: covers.covers_until },
        },
        manager,
      );
      // The founder's dashboard shows the address active the moment this commits.
      await publishJourneyChanged(this.cluster, manager, service.companyId);
    });
  }
}

function forwardingAddressOf(choice: MailServiceChoice): ForwardingAddress | null {
  if (choice.preference !== MailHandling.forward) return null;
  const address = choice.forwardingAddress;
  if (!address) throw BusinessAddressException.forwardingAddressRequired();
  return { name: address.name || null, street: address.street, postcode: address.postcode, city: address.city, country: address.country };
}

function poolOf(pools: ReadonlyMap<string, AddressPoolInfo>, allocation: BusinessAddressAllocation): AddressPoolInfo {
  const pool = pools.get(allocation.poolId);
  if (!pool) throw new Error(`address pool ${allocation.poolId} of business address ${allocation.id} does not exist`);
  return pool;
}

/** The journey step of one company from its address and its postal services (newest first). */
interface JourneyMailService {
  companyId: string;
  status: BusinessMailServiceStatus;
  activatedAt: string | null;
  updatedAt: string;
}

function journeyStateOf(companyId: string, hasAddress: boolean, services: JourneyMailService[]): OnboardingStepState {
  const link = `/company/${companyId}/business-address`;
  if (!hasAddress) return { status: 'not_started', link, detailKey: 'business-address:journey.needsEstablishment' };
  const active = services.find((service) => service.status === BusinessMailServiceStatus.active);
  if (active) return { status: 'done', link, updatedAt: dateOf(active.activatedAt), detailKey: 'business-address:journey.active' };
  const unpaid = services.find((service) => service.status === BusinessMailServiceStatus.awaiting_payment);
  if (unpaid) return { status: 'action_required', link, updatedAt: dateOf(unpaid.updatedAt), detailKey: 'business-address:journey.payFee' };
  return { status: 'not_started', link, detailKey: 'business-address:journey.chooseHandling' };
}

import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseQueue } from '../backoffice/index.js';
import { CaseKindRegistry } from '../backoffice/index.js';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { DomainEvents } from '../common/events/domain-events.js';
import {
  FeeSchedule,
  PAYMENT_SUCCEEDED,
  PaymentPurpose,
  PaymentSubjects,
  type PaymentEventPayload,
  PaymentService,
} from '../payments/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { CompanyAccess, CompanyDirectory } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { berlinToday } from '../common/time/berlin-date.js';
import {
  TradeRegistration,
  type TradeOperatorSnapshot,
  type TradePermit,
  type TradePersonSnapshot,
} from './entities/trade-registration.entity.js';
import { TRADE_REGISTRATION_CASE_KIND, TRADE_REGISTRATION_SUBJECT } from './trade-registration-case-kind.js';
import { formProblems, type TradeRegistrationForm } from './trade-registration-form.js';
import { TradeRegistrationNotifier } from './trade-registration-notifier.js';
import { TradeRegistrationLive } from './trade-registration-live.js';
import { BusinessScope, EstablishmentKindOfTrade, OPEN_STATUSES, TradeRegistrationStatus } from './trade-registration-status.js';
import { TradeRegistrationException } from './trade-registration.exception.js';
import { WzCatalogue } from './wz/wz-catalogue.service.js';
import { builtinWzCorrespondence } from './wz/builtin-wz-edition.js';
import { buildTradeRegistrationExport, type TradeRegistrationExport } from './trade-registration-export.js';
import { randomUUID } from 'node:crypto';

export interface TradeRegistrationFormInput {
  id: string;
  establishmentKind?: EstablishmentKindOfTrade | null;
  activityDescription?: string | null;
  wzCode?: string | null;
  startDate?: string | null;
  businessScope?: BusinessScope | null;
  employeesFullTime?: number | null;
  employeesPartTime?: number | null;
  permits?: TradePermit[] | null;
}

/** A registration with the operator, persons and address: as submitted, or (for drafts) as they are now. */
export interface TradeRegistrationView {
  registration: TradeRegistration;
  operator: TradeOperatorSnapshot;
  persons: TradePersonSnapshot[];
  businessAddressLines: string[];
}

/** A first guess for the form from the kind of establishment (the applicant may change it). */
const DEFAULT_KIND_OF: Record<'representative_office' | 'branch' | 'subsidiary', EstablishmentKindOfTrade> = {
  representative_office: EstablishmentKindOfTrade.unselbststaendige_zweigstelle,
  branch: EstablishmentKindOfTrade.zweigniederlassung,
  subsidiary: EstablishmentKindOfTrade.hauptniederlassung,
};

/**
 * Form GewA1 for an establishment: representatives fill in the draft, submit (substantial assurance),
 * pay the fee, and the economic development office decides in the back office.
 */
@Injectable()
export class TradeRegistrationService implements OnModuleInit {
  private readonly logger = new Logger('TradeRegistrations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CompanyAccess,
    private readonly companies: CompanyDirectory,
    private readonly identities: VerifiedIdentities,
    private readonly catalogue: WzCatalogue,
    private readonly fees: FeeSchedule,
    private readonly paymentSubjects: PaymentSubjects,
    private readonly payments: PaymentService,
    private readonly events: DomainEvents,
    private readonly queue: CaseQueue,
    private readonly registry: CaseKindRegistry,
    private readonly notifier: TradeRegistrationNotifier,
    private readonly audit: AuditService,
    private readonly live: TradeRegistrationLive,
  ) {}

  onModuleInit(): void {
    this.paymentSubjects.register(TRADE_REGISTRATION_SUBJECT, {
      purposes: [PaymentPurpose.trade_registration],
      mayPay: async (actor, subjectId) => {
        if (!isUuid(subjectId)) return false;
        const found = await this.dataSource.manager.findOneBy(TradeRegistration, {
          id: subjectId,
          status: TradeRegistrationStatus.submitted,
        });
        return found !== null && (await this.isRepresentative(actor, found.companyId));
      },
    });
    this.events.subscribe(PAYMENT_SUCCEEDED, 'trade-registration', (payment) => this.onPaymentSucceeded(payment));
  }

  /** The open registration of the establishment, or a new draft (one open registration per establishment). */
  async start(actor: Actor, companyId: string, establishmentId: string): Promise<TradeRegistrationView> {
    await this.access.requireRepresentative(actor, companyId);
    const establishment = await this.companies.establishment(establishmentId);
    if (!establishment || establishment.companyId !== companyId) throw DomainException.notFound();
    const registration = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`trade-registration:${establishmentId}`]);
      const open = await manager.findOneBy(TradeRegistration, { establishmentId, status: In([...OPEN_STATUSES]) });
      if (open) return open;
      // A registered trade changes by a change notification (GewA2), not by a second registration.
      if (await manager.existsBy(TradeRegistration, { establishmentId, status: TradeRegistrationStatus.registered }))
        throw TradeRegistrationException.alreadyRegistered();
      const created = await manager.save(
        manager.create(TradeRegistration, {
          companyId,
          establishmentId,
          createdByAccountId: actor.accountId,
          status: TradeRegistrationStatus.draft,
          establishmentKind: DEFAULT_KIND_OF[establishment.kind],
          employeesFullTime: 0,
          employeesPartTime: 0,
          permits: [],
        }),
      );
      await this.audit.record(
        {
          action: 'trade_registration.started',
          actorAccountId: actor.accountId,
          subjectType: TRADE_REGISTRATION_SUBJECT,
          subjectId: created.id,
          details: { companyId, establishmentId },
        },
        manager,
      );
      await this.live.changed(manager, created);
      return created;
    });
    return this.viewOf(registration);
  }

  async update(actor: Actor, input: TradeRegistrationFormInput): Promise<TradeRegistrationView> {
    const registration = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockedForRepresentative(manager, actor, input.id);
      if (found.status !== TradeRegistrationStatus.draft) throw TradeRegistrationException.wrongStatus(found.status);
      const form = this.formFrom(found, input);
      await this.assertAcceptable(form, manager);
      const wz = form.wzCode ? await this.catalogue.find(form.wzCode, manager) : null;
      const edition = await this.catalogue.edition(manager);
      const changes = {
        establishmentKind: form.establishmentKind as EstablishmentKindOfTrade,
        activityDescription: form.activityDescription.trim(),
        wzCode: wz!.code,
        wzTitle: wz!.title,
        wzEdition: edition.version,
        startDate: form.startDate,
        businessScope: form.businessScope as BusinessScope,
        employeesFullTime: form.employeesFullTime,
        employeesPartTime: form.employeesPartTime,
        permits: form.permits.map((permit) => ({
          kind: permit.kind.trim(),
          authority: permit.authority.trim(),
          issuedOn: permit.issuedOn,
        })),
      };
      await manager.update(TradeRegistration, { id: found.id }, changes);
      return Object.assign(found, changes);
    });
    return this.viewOf(registration);
  }

  /** draft → submitted: checks the form again, takes operator, persons and address as they are now. */
  async submit(actor: Actor, id: string): Promise<TradeRegistrationView> {
    const registration = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockedForRepresentative(manager, actor, id);
      if (found.status !== TradeRegistrationStatus.draft) throw TradeRegistrationException.wrongStatus(found.status);
      await this.identities.requireAssurance(actor, this.identities.requiredFor('trade_registration'), manager);
      await this.assertAcceptable(this.formFrom(found, { id }), manager);
      const snapshot = await this.currentData(manager, found);
      const fee = this.fees.feeFor(PaymentPurpose.trade_registration);
      const changes = {
        ...snapshot,
        status: TradeRegistrationStatus.submitted,
        submittedAt: new Date(),
        submittedByAccountId: actor.accountId,
        feeCents: fee.amountCents,
      };
      await manager.update(TradeRegistration, { id: found.id }, changes);
      const submitted = Object.assign(found, changes);
      await this.audit.record(
        {
          action: 'trade_registration.submitted',
          actorAccountId: actor.accountId,
          subjectType: TRADE_REGISTRATION_SUBJECT,
          subjectId: found.id,
          details: { wzCode: found.wzCode },
        },
        manager,
      );
      await this.live.changed(manager, submitted);
      return fee.amountCents === 0 ? this.markPaid(manager, submitted) : submitted;
    });
    return this.viewOf(registration);
  }

  /** info_requested → paid again (the fee was paid): the applicant's answer goes back to the office. */
  async answerInfoRequest(actor: Actor, input: TradeRegistrationFormInput & { answer: string }): Promise<TradeRegistrationView> {
    const answer = input.answer.trim();
    const registration = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockedForRepresentative(manager, actor, input.id);
      if (found.status !== TradeRegistrationStatus.info_requested) throw TradeRegistrationException.wrongStatus(found.status);
      if (answer.length < 2) throw TradeRegistrationException.answerRequired();
      if (answer.length > 4000)
        throw TradeRegistrationException.invalid([
          { field: 'answer', constraint: 'maxLength', messageKey: 'validation.max_length', params: { max: 4000 } },
        ]);
      await this.identities.requireAssurance(actor, this.identities.requiredFor('trade_registration'), manager);
      const form = this.formFrom(found, input);
      await this.assertAcceptable(form, manager);
      const wz = (await this.catalogue.find(form.wzCode!, manager))!;
      const changes = {
        establishmentKind: form.establishmentKind as EstablishmentKindOfTrade,
        activityDescription: form.activityDescription.trim(),
        wzCode: wz.code,
        wzTitle: wz.title,
        wzEdition: (await this.catalogue.edition(manager)).version,
        startDate: form.startDate,
        businessScope: form.businessScope as BusinessScope,
        employeesFullTime: form.employeesFullTime,
        employeesPartTime: form.employeesPartTime,
        permits: form.permits,
        ...(await this.currentData(manager, found)),
        status: TradeRegistrationStatus.paid,
        applicantAnswer: answer,
      };
      await manager.update(TradeRegistration, { id: found.id }, changes);
      await this.queue.applicantAnswered(
        manager,
        TRADE_REGISTRATION_CASE_KIND,
        found.id,
        actor.accountId,
        answer,
        this.config.tradeRegistration.caseDueDays,
      );
      await this.audit.record(
        {
          action: 'trade_registration.info_answered',
          actorAccountId: actor.accountId,
          subjectType: TRADE_REGISTRATION_SUBJECT,
          subjectId: found.id,
        },
        manager,
      );
      await this.live.changed(manager, found);
      return Object.assign(found, changes);
    });
    return this.viewOf(registration);
  }

  async get(actor: Actor, id: string): Promise<TradeRegistrationView> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(TradeRegistration, { id }) : null;
    if (!found || !(await this.isRepresentative(actor, found.companyId))) throw DomainException.notFound();
    return this.viewOf(found);
  }

  /** Whether the actor may follow the company's registrations live (a representative of it). */
  mayFollow(actor: Actor, companyId: string): Promise<boolean> {
    return this.isRepresentative(actor, companyId);
  }

  /** Newest first. */
  async listFor(actor: Actor, companyId: string): Promise<TradeRegistrationView[]> {
    await this.access.requireRepresentative(actor, companyId);
    const rows = await this.dataSource.manager.find(TradeRegistration, { where: { companyId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return Promise.all(rows.map((row) => this.viewOf(row)));
  }

  /** Deciding staff, for the back office case (each read is audited). */
  async getForStaff(actor: Actor, id: string): Promise<TradeRegistrationView> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(TradeRegistration, { id }) : null;
    if (!found || !this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND)) throw DomainException.notFound();
    await this.audit.record({
      action: 'trade_registration.read_by_staff',
      actorAccountId: actor.accountId,
      subjectType: TRADE_REGISTRATION_SUBJECT,
      subjectId: found.id,
    });
    return this.viewOf(found);
  }

  /** `getForStaff` for many registrations (the case queue): one read and one audit statement; unknown ids are missing. */
  async getManyForStaff(actor: Actor, ids: readonly string[]): Promise<Map<string, TradeRegistrationView>> {
    if (!this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND)) throw DomainException.notFound();
    const valid = [...new Set(ids.filter(isUuid))];
    const found = valid.length ? await this.dataSource.manager.findBy(TradeRegistration, { id: In(valid) }) : [];
    await this.audit.recordMany(
      found.map((registration) => ({
        action: 'trade_registration.read_by_staff',
        actorAccountId: actor.accountId,
        subjectType: TRADE_REGISTRATION_SUBJECT,
        subjectId: registration.id,
      })),
    );
    const views = await Promise.all(found.map((registration) => this.viewOf(registration)));
    return new Map(views.map((view) => [view.registration.id, view]));
  }

  /** The registrations among `ids` the actor may export now (deciding staff, registered), in one query. */
  async exportableBy(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length || !this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND)) return new Set();
    const rows = await this.dataSource.manager.find(TradeRegistration, {
      where: { id: In(valid), status: TradeRegistrationStatus.registered },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }

  /** Whether the actor may export this registration now (deciding staff, registered). */
  async isExportableBy(actor: Actor, id: string): Promise<boolean> {
    if (!isUuid(id) || !this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND)) return false;
    return this.dataSource.manager.existsBy(TradeRegistration, { id, status: TradeRegistrationStatus.registered });
  }

  /**
   * Staff who decide trade registrations: a registered trade as the structured message for the bodies
   * that receive trade notifications (docs/trade-registration-export.md). Everyone else: not found.
   */
  async exportFor(actor: Actor, id: string): Promise<TradeRegistrationExport> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(TradeRegistration, { id }) : null;
    if (!found || !this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND)) throw DomainException.notFound();
    if (found.status !== TradeRegistrationStatus.registered) throw TradeRegistrationException.exportNotRegistered();
    const messageId = randomUUID();
    await this.audit.record({
      action: 'trade_registration.exported',
      actorAccountId: actor.accountId,
      subjectType: TRADE_REGISTRATION_SUBJECT,
      subjectId: found.id,
      details: { messageId },
    });
    return buildTradeRegistrationExport(
      await this.viewOf(found),
      builtinWzCorrespondence(this.config.tradeRegistration.wzDataDir),
      messageId,
      new Date(),
    );
  }

  /** Representatives of the company, or staff who decide trade registrations. */
  async getForDocument(actor: Actor, id: string): Promise<TradeRegistrationView> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(TradeRegistration, { id }) : null;
    if (!found) throw DomainException.notFound();
    const allowed = this.registry.mayHandle(actor, TRADE_REGISTRATION_CASE_KIND) || (await this.isRepresentative(actor, found.companyId));
    if (!allowed) throw DomainException.notFound();
    if (found.status !== TradeRegistrationStatus.registered) throw TradeRegistrationException.notRegistered();
    return this.viewOf(found);
  }

  /** Opens the office's case once the fee is in (inside the caller's transaction, on a locked row). */
  async markPaid(manager: EntityManager, registration: TradeRegistration): Promise<TradeRegistration> {
    const changes = { status: TradeRegistrationStatus.paid, paidAt: new Date() };
    await manager.update(TradeRegistration, { id: registration.id }, changes);
    await this.queue.open(manager, {
      kind: TRADE_REGISTRATION_CASE_KIND,
      subjectId: registration.id,
      applicantAccountId: registration.submittedByAccountId ?? registration.createdByAccountId,
      dueInDays: this.config.tradeRegistration.caseDueDays,
    });
    const paid = Object.assign(registration, changes);
    await this.notifier.paid(manager, paid);
    await this.audit.record(
      { action: 'trade_registration.paid', subjectType: TRADE_REGISTRATION_SUBJECT, subjectId: registration.id },
      manager,
    );
    await this.live.changed(manager, paid);
    return paid;
  }

  private async onPaymentSucceeded(payment: PaymentEventPayload): Promise<void> {
    if (payment.subjectType !== TRADE_REGISTRATION_SUBJECT) return;
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(TradeRegistration, { where: { id: payment.subjectId }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.status !== TradeRegistrationStatus.submitted) return;
      if (payment.purpose !== PaymentPurpose.trade_registration || payment.amountCents < found.feeCents) {
        this.logger.warn(`payment ${payment.paymentId} does not pay trade registration ${found.id}; ignored`);
        return;
      }
      if (!(await this.payments.isStillPaid(manager, payment.paymentId))) return;
      await this.markPaid(manager, found);
    });
  }

  private async lockedForRepresentative(manager: EntityManager, actor: Actor, id: string): Promise<TradeRegistration> {
    const found = isUuid(id) ? await manager.findOne(TradeRegistration, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!found || !(await this.isRepresentative(actor, found.companyId, manager))) throw DomainException.notFound();
    return found;
  }

  private async isRepresentative(actor: Actor, companyId: string, manager?: EntityManager): Promise<boolean> {
    try {
      await this.access.requireRepresentative(actor, companyId, manager);
      return true;
    } catch (error) {
      if (error instanceof DomainException) return false;
      throw error;
    }
  }

  /** The stored form with the given fields replaced (undefined: keep). */
  private formFrom(found: TradeRegistration, input: TradeRegistrationFormInput): TradeRegistrationForm {
    const pick = <T>(value: T | null | undefined, current: T) => (value === undefined ? current : value);
    return {
      establishmentKind: pick(input.establishmentKind, found.establishmentKind),
      activityDescription: pick(input.activityDescription, found.activityDescription) ?? '',
      wzCode: pick(input.wzCode, found.wzCode),
      startDate: pick(input.startDate, found.startDate),
      businessScope: pick(input.businessScope, found.businessScope),
      employeesFullTime: pick(input.employeesFullTime, found.employeesFullTime) ?? 0,
      employeesPartTime: pick(input.employeesPartTime, found.employeesPartTime) ?? 0,
      permits: pick(input.permits, found.permits) ?? [],
    };
  }

  private async assertAcceptable(form: TradeRegistrationForm, manager: EntityManager): Promise<void> {
    const wz = form.wzCode?.trim() ? await this.catalogue.find(form.wzCode, manager) : null;
    const { startMaxPastDays, startMaxFutureDays } = this.config.tradeRegistration;
    const problems = formProblems(form, { today: berlinToday(), startMaxPastDays, startMaxFutureDays, wz });
    if (problems.length) throw TradeRegistrationException.invalid(problems);
  }

  /** Operator, persons and business address as they are now (the verified data, never typed); checked for submitting. */
  private async currentData(
    manager: EntityManager,
    registration: TradeRegistration,
  ): Promise<Pick<TradeRegistration, 'operator' | 'persons' | 'businessAddressLines'>> {
    const live = await this.liveData(manager, registration);
    if (!live.businessAddressLines.length) throw TradeRegistrationException.noBusinessAddress();
    if (!live.persons.length) throw TradeRegistrationException.personsUnverified();
    return live;
  }

  private async liveData(manager: EntityManager, registration: TradeRegistration): Promise<Omit<TradeRegistrationView, 'registration'>> {
    const profile = await this.companies.profile(registration.companyId, manager);
    const establishment = await this.companies.establishment(registration.establishmentId, manager);
    const representatives = await this.companies.representatives(registration.companyId, manager);
    const identities = await this.identities.ofMany(
      representatives.map((representative) => representative.accountId),
      manager,
    );
    const persons = representatives.flatMap((representative): TradePersonSnapshot[] => {
      const identity = identities.get(representative.accountId);
      if (!identity) return [];
      const { accountId, givenName, familyName, birthDate, nationality, placeOfBirth } = identity;
      return [{ accountId, role: representative.role, givenName, familyName, birthDate, nationality, placeOfBirth }];
    });
    const { legalName, legalForm, countryCode, registerName, registerNumber, headOffice } = profile;
    return {
      operator: { legalName, legalForm, countryCode, registerName, registerNumber, headOffice },
      persons,
      businessAddressLines: establishment?.businessAddressLines ?? [],
    };
  }

  /** Submitted registrations show what was submitted; drafts show the data as it is now. */
  private async viewOf(registration: TradeRegistration): Promise<TradeRegistrationView> {
    if (registration.operator && registration.persons && registration.businessAddressLines) {
      return {
        registration,
        operator: registration.operator,
        persons: registration.persons,
        businessAddressLines: registration.businessAddressLines,
      };
    }
    return { registration, ...(await this.liveData(this.dataSource.manager, registration)) };
  }
}

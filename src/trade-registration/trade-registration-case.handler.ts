import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseDecisionOutcome, type CaseDecision } from '../backoffice/index.js';
import type { CaseKindHandler } from '../backoffice/index.js';
import { CaseKindRegistry } from '../backoffice/index.js';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { EstablishmentLifecycle } from '../companies/index.js';
import { berlinToday } from '../common/time/berlin-date.js';
import { TradeRegistration } from './entities/trade-registration.entity.js';
import { formatRegistrationNumber } from './registration-number.js';
import {
  TRADE_REGISTRATION_CASE_KIND,
  TRADE_REGISTRATION_DECIDERS,
  TRADE_REGISTRATION_REJECTION_REASONS,
  TRADE_REGISTRATION_SUBJECT,
} from './trade-registration-case-kind.js';
import { TradeRegistrationNotifier } from './trade-registration-notifier.js';
import { TradeRegistrationLive } from './trade-registration-live.js';
import { TradeRegistrationStatus } from './trade-registration-status.js';
import { TradeRegistrationException } from './trade-registration.exception.js';

const DECIDABLE = [TradeRegistrationStatus.paid, TradeRegistrationStatus.info_requested];

/** Puts paid trade registrations into the back office queue and carries out staff's decisions. */
@Injectable()
export class TradeRegistrationCaseHandler implements CaseKindHandler, OnModuleInit {
  readonly kind = TRADE_REGISTRATION_CASE_KIND;
  readonly deciderRoles = TRADE_REGISTRATION_DECIDERS;
  readonly rejectionReasons = TRADE_REGISTRATION_REJECTION_REASONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: CaseKindRegistry,
    private readonly notifier: TradeRegistrationNotifier,
    private readonly audit: AuditService,
    private readonly establishments: EstablishmentLifecycle,
    private readonly live: TradeRegistrationLive,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async facets(subjectIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const rows = await this.dataSource.manager.find(TradeRegistration, {
      where: { id: In([...subjectIds]) },
      select: { id: true, wzCode: true, establishmentKind: true },
    });
    return new Map(rows.map((row) => [row.id, { wzCode: row.wzCode ?? '', establishmentKind: row.establishmentKind ?? '' }]));
  }

  async decide(manager: EntityManager, actor: Actor, subjectId: string, decision: CaseDecision): Promise<void> {
    const registration = await manager.findOne(TradeRegistration, { where: { id: subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!registration) throw DomainException.notFound();
    await this.apply(manager, actor, registration, decision);
    await this.live.changed(manager, registration);
  }

  private async apply(manager: EntityManager, actor: Actor, registration: TradeRegistration, decision: CaseDecision): Promise<void> {
    switch (decision.outcome) {
      case CaseDecisionOutcome.approve:
        return this.register(manager, registration, actor.accountId, decision.message);
      case CaseDecisionOutcome.reject:
        return this.reject(manager, registration, actor.accountId, decision.reasonCode, decision.message);
      case CaseDecisionOutcome.request_info:
        return this.requestInfo(manager, registration, actor.accountId, decision.message);
    }
  }

  private async register(
    manager: EntityManager,
    registration: TradeRegistration,
    decidedBy: string,
    message: string | null,
  ): Promise<void> {
    this.assertDecidable(registration);
    const now = new Date();
    const registrationNumber = await this.nextNumber(manager, Number(berlinToday(now).slice(0, 4)));
    await manager.update(
      TradeRegistration,
      { id: registration.id },
      {
        status: TradeRegistrationStatus.registered,
        registrationNumber,
        registeredAt: now,
        decidedAt: now,
        decidedByAccountId: decidedBy,
        decisionMessage: message,
        infoRequest: null,
      },
    );
    // A registered trade makes the office operational (setting_up → active).
    await this.establishments.activate(manager, registration.establishmentId, decidedBy);
    await this.notifier.registered(manager, registration, registrationNumber);
    await this.audit.record(
      {
        action: 'trade_registration.registered',
        actorAccountId: decidedBy,
        subjectType: TRADE_REGISTRATION_SUBJECT,
        subjectId: registration.id,
        details: { registrationNumber },
      },
      manager,
    );
  }

  private async reject(
    manager: EntityManager,
    registration: TradeRegistration,
    decidedBy: string,
    reasonCode: string,
    message: string | null,
  ): Promise<void> {
    this.assertDecidable(registration);
    await manager.update(
      TradeRegistration,
      { id: registration.id },
      {
        status: TradeRegistrationStatus.rejected,
        decidedAt: new Date(),
        decidedByAccountId: decidedBy,
        rejectionReason: reasonCode,
        decisionMessage: message,
      },
    );
    await this.notifier.rejected(manager, registration, reasonCode, message);
    await this.audit.record(
      {
        action: 'trade_registration.rejected',
        actorAccountId: decidedBy,
        subjectType: TRADE_REGISTRATION_SUBJECT,
        subjectId: registration.id,
        details: { reasonCode },
      },
      manager,
    );
  }

  private async requestInfo(manager: EntityManager, registration: TradeRegistration, askedBy: string, message: string): Promise<void> {
    if (registration.status !== TradeRegistrationStatus.paid) throw TradeRegistrationException.wrongStatus(registration.status);
    await manager.update(
      TradeRegistration,
      { id: registration.id },
      { status: TradeRegistrationStatus.info_requested, infoRequest: message },
    );
    await this.notifier.infoRequested(manager, registration, message);
    await this.audit.record(
      {
        action: 'trade_registration.info_requested',
        actorAccountId: askedBy,
        subjectType: TRADE_REGISTRATION_SUBJECT,
        subjectId: registration.id,
      },
      manager,
    );
  }

  /**
   * The next serial of the year, counted in the deciding transaction: concurrent decisions wait for
   * the counter row, and a decision that rolls back returns its serial (no duplicates, no gaps).
   */
  private async nextNumber(manager: EntityManager, year: number): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO trade_registration_counters (year, last_serial) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_serial = trade_registration_counters.last_serial + 1
       RETURNING last_serial`,
      [year],
    );
    return formatRegistrationNumber(year, Number(row.last_serial));
  }

  private assertDecidable(registration: TradeRegistration): void {
    if (!DECIDABLE.includes(registration.status)) throw TradeRegistrationException.wrongStatus(registration.status);
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseDecisionOutcome, CaseKindRegistry, type CaseDecision, type CaseKindHandler } from '../../backoffice/index.js';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { VenueApplication, VenueApplicationStatus } from '../entities/venue-application.entity.js';
import { VenuesException } from '../venues.exception.js';
import { VenuesService } from '../venues.service.js';
import {
  VENUE_APPLICATION_CASE_KIND,
  VENUE_APPLICATION_DECIDERS,
  VENUE_APPLICATION_REJECTION_REASONS,
} from './venue-application-case-kind.js';
import { VenueOnboardingNotifier } from './venue-onboarding.notifier.js';

const DECIDABLE = [VenueApplicationStatus.submitted, VenueApplicationStatus.info_requested];

/** Carries out staff's decisions on venue applications, inside the case's transaction. */
@Injectable()
export class VenueApplicationCaseHandler implements CaseKindHandler, OnModuleInit {
  readonly kind = VENUE_APPLICATION_CASE_KIND;
  readonly deciderRoles = VENUE_APPLICATION_DECIDERS;
  readonly rejectionReasons = VENUE_APPLICATION_REJECTION_REASONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: CaseKindRegistry,
    private readonly venues: VenuesService,
    private readonly notifier: VenueOnboardingNotifier,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async facets(subjectIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const rows = await this.dataSource.manager.find(VenueApplication, {
      where: { id: In([...subjectIds]) },
      select: { id: true, organisationName: true, kind: true },
    });
    return new Map(rows.map((row) => [row.id, { organisation: row.organisationName, venueKind: row.kind }]));
  }

  async decide(manager: EntityManager, actor: Actor, subjectId: string, decision: CaseDecision): Promise<void> {
    const application = await manager.findOne(VenueApplication, { where: { id: subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw DomainException.notFound();
    if (!DECIDABLE.includes(application.status)) throw VenuesException.wrongApplicationStatus();
    const decided = { decidedAt: new Date(), decidedByAccountId: actor.accountId, decisionMessage: decision.message };
    switch (decision.outcome) {
      case CaseDecisionOutcome.approve: {
        const venue = await this.venues.createFromApplication(manager, application);
        await manager.update(
          VenueApplication,
          { id: application.id },
          { ...decided, status: VenueApplicationStatus.approved, venueId: venue.id },
        );
        await this.notifier.approved(manager, application);
        return this.record(manager, actor, application, 'venue.application_approved', { venueId: venue.id });
      }
      case CaseDecisionOutcome.reject:
        await manager.update(
          VenueApplication,
          { id: application.id },
          { ...decided, status: VenueApplicationStatus.rejected, rejectionReason: decision.reasonCode },
        );
        await this.notifier.rejected(manager, application, decision.reasonCode, decision.message);
        return this.record(manager, actor, application, 'venue.application_rejected', { reasonCode: decision.reasonCode });
      case CaseDecisionOutcome.request_info:
        if (application.status !== VenueApplicationStatus.submitted) throw VenuesException.wrongApplicationStatus();
        await manager.update(
          VenueApplication,
          { id: application.id },
          { status: VenueApplicationStatus.info_requested, infoRequest: decision.message, applicantAnswer: null },
        );
        await this.notifier.infoRequested(manager, application, decision.message);
        return this.record(manager, actor, application, 'venue.application_info_requested', {});
    }
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    application: VenueApplication,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      { action, actorAccountId: actor.accountId, subjectType: 'venue_application', subjectId: application.id, details },
      manager,
    );
  }
}

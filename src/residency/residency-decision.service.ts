import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { ApplicationMessage, ApplicationMessageAuthor } from './entities/application-message.entity.js';
import { ResidencyApplication } from './entities/residency-application.entity.js';
import { ResidencyApplicationStatus } from './residency-application-status.js';
import { ResidencyLifecycleService } from './residency-lifecycle.service.js';
import { ResidencyLive } from './residency-live.js';
import { ResidencyNotifier } from './residency-notifier.js';
import { ResidencyException } from './residency.exception.js';

const DECIDABLE = [ResidencyApplicationStatus.submitted, ResidencyApplicationStatus.info_requested];

/**
 * The outcomes of an application, whoever decides (the rules or staff); always in the caller's
 * transaction, on an application row the caller has locked.
 */
@Injectable()
export class ResidencyDecisionService {
  constructor(
    private readonly lifecycle: ResidencyLifecycleService,
    private readonly notifier: ResidencyNotifier,
    private readonly audit: AuditService,
    private readonly live: ResidencyLive,
  ) {}

  /** `decidedBy` null: approved by the rules. */
  async approve(
    manager: EntityManager,
    application: ResidencyApplication,
    decidedBy: string | null,
    message: string | null,
  ): Promise<void> {
    this.assertDecidable(application);
    const residency = await this.lifecycle.grant(manager, application);
    await manager.update(
      ResidencyApplication,
      { id: application.id },
      {
        status: ResidencyApplicationStatus.approved,
        decidedAt: new Date(),
        decidedByAccountId: decidedBy,
        decidedAutomatically: decidedBy === null,
        decisionMessage: message,
        residencyId: residency.id,
      },
    );
    await this.audit.record(
      {
        action: 'residency.application_approved',
        actorAccountId: decidedBy,
        subjectType: 'residency_application',
        subjectId: application.id,
        details: { automatic: decidedBy === null, residencyId: residency.id },
      },
      manager,
    );
    await this.live.changed(manager, application);
  }

  async reject(
    manager: EntityManager,
    application: ResidencyApplication,
    decidedBy: string,
    reasonCode: string,
    message: string | null,
  ): Promise<void> {
    this.assertDecidable(application);
    await manager.update(
      ResidencyApplication,
      { id: application.id },
      {
        status: ResidencyApplicationStatus.rejected,
        decidedAt: new Date(),
        decidedByAccountId: decidedBy,
        rejectionReason: reasonCode,
        decisionMessage: message,
      },
    );
    await this.notifier.rejected(manager, application.accountId, reasonCode, message);
    await this.audit.record(
      {
        action: 'residency.application_rejected',
        actorAccountId: decidedBy,
        subjectType: 'residency_application',
        subjectId: application.id,
        details: { reasonCode },
      },
      manager,
    );
    await this.live.changed(manager, application);
  }

  async requestInfo(manager: EntityManager, application: ResidencyApplication, askedBy: string, message: string): Promise<void> {
    if (application.status !== ResidencyApplicationStatus.submitted) throw ResidencyException.wrongStatus(application.status);
    await manager.update(ResidencyApplication, { id: application.id }, { status: ResidencyApplicationStatus.info_requested });
    await manager.insert(ApplicationMessage, {
      applicationId: application.id,
      author: ApplicationMessageAuthor.staff,
      authorAccountId: askedBy,
      body: message,
    });
    await this.notifier.infoRequested(manager, application.accountId, message);
    await this.audit.record(
      { action: 'residency.info_requested', actorAccountId: askedBy, subjectType: 'residency_application', subjectId: application.id },
      manager,
    );
    await this.live.changed(manager, application);
  }

  private assertDecidable(application: ResidencyApplication): void {
    if (!DECIDABLE.includes(application.status)) throw ResidencyException.wrongStatus(application.status);
  }
}

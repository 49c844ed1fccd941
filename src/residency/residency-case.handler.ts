import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseDecisionOutcome, type CaseDecision } from '../backoffice/index.js';
import type { CaseKindHandler } from '../backoffice/index.js';
import { CaseKindRegistry } from '../backoffice/index.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { ResidencyApplication } from './entities/residency-application.entity.js';
import { RESIDENCY_CASE_KIND, RESIDENCY_REJECTION_REASONS, RESIDENCY_STAFF_ROLES } from './residency-case-kind.js';
import { ResidencyDecisionService } from './residency-decision.service.js';

/** Puts residency applications into the back office queue and carries out staff's decisions. */
@Injectable()
export class ResidencyCaseHandler implements CaseKindHandler, OnModuleInit {
  readonly kind = RESIDENCY_CASE_KIND;
  readonly deciderRoles = RESIDENCY_STAFF_ROLES;
  readonly rejectionReasons = RESIDENCY_REJECTION_REASONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: CaseKindRegistry,
    private readonly decisions: ResidencyDecisionService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async facets(subjectIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const rows = await this.dataSource.manager.find(ResidencyApplication, {
      where: { id: In([...subjectIds]) },
      select: { id: true, category: true, district: true },
    });
    return new Map(rows.map((row) => [row.id, { category: row.category, district: row.district }]));
  }

  async decide(manager: EntityManager, actor: Actor, subjectId: string, decision: CaseDecision): Promise<void> {
    const application = await manager.findOne(ResidencyApplication, { where: { id: subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!application) throw DomainException.notFound();
    switch (decision.outcome) {
      case CaseDecisionOutcome.approve:
        return this.decisions.approve(manager, application, actor.accountId, decision.message);
      case CaseDecisionOutcome.reject:
        return this.decisions.reject(manager, application, actor.accountId, decision.reasonCode, decision.message);
      case CaseDecisionOutcome.request_info:
        return this.decisions.requestInfo(manager, application, actor.accountId, decision.message);
    }
  }
}

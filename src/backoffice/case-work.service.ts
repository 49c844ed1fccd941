import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { decodeCursor } from '../common/pagination/cursor.js';
import { BackofficeCaseStatus } from './backoffice-case-status.js';
import { BackofficeException } from './backoffice.exception.js';
import { CaseDecisionOutcome, type CaseDecision } from './case-decision.js';
import { CaseEventType } from './case-event-type.js';
import type { CaseKindHandler } from './case-kind-handler.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { CaseQueue } from './case-queue.js';
import { QueueChange } from './queue-live.js';
import { CaseAssigneeFilter, type BackofficeCaseFilter, type DecideBackofficeCaseInput } from './dto/backoffice-case.inputs.js';
import { BackofficeCaseEvent } from './entities/backoffice-case-event.entity.js';
import { BackofficeCase } from './entities/backoffice-case.entity.js';
import { StaffDirectory, type AccountRef } from './staff-directory.js';

const CREATED_MS = "date_trunc('milliseconds', c.created_at)";

/** Staff work on the queue: list, open a case, claim, assign, decide. Every operation checks the case kind's roles. */
@Injectable()
export class CaseWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: CaseKindRegistry,
    private readonly queue: CaseQueue,
    private readonly directory: StaffDirectory,
    private readonly audit: AuditService,
  ) {}

  /** Oldest first: the queue shows what to do next. One query. */
  async list(
    actor: Actor,
    filter: BackofficeCaseFilter,
    first: number,
    after?: string,
  ): Promise<{ rows: BackofficeCase[]; hasNextPage: boolean }> {
    const kinds = this.registry.kindsFor(actor);
    if (filter.kind && !kinds.includes(filter.kind)) throw DomainException.forbidden();
    if (kinds.length === 0) return { rows: [], hasNextPage: false };
    // Cursors carry milliseconds (JavaScript dates); PostgreSQL keeps microseconds. Ordering and
    // comparing on the millisecond value, with the id as tie-breaker, pages without gaps or repeats.
    const query = this.dataSource.manager
      .createQueryBuilder(BackofficeCase, 'c')
      .where('c.kind IN (:...kinds)', { kinds: filter.kind ? [filter.kind] : kinds })
      .orderBy(CREATED_MS, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.olderThanDays !== undefined)
      query.andWhere(`c.created_at <= now() - make_interval(days => :older)`, { older: filter.olderThanDays });
    if (filter.newerThanDays !== undefined)
      query.andWhere(`c.created_at > now() - make_interval(days => :newer)`, { newer: filter.newerThanDays });
    if (filter.assignee === CaseAssigneeFilter.me) query.andWhere('c.assignee_account_id = :me', { me: actor.accountId });
    if (filter.assignee === CaseAssigneeFilter.unassigned) query.andWhere('c.assignee_account_id IS NULL');
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere(`(${CREATED_MS}, c.id) > (:createdAt, :id)`, { createdAt, id });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  async get(actor: Actor, id: string): Promise<BackofficeCase> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(BackofficeCase, { id }) : null;
    if (!found || !this.registry.mayHandle(actor, found.kind)) throw DomainException.notFound();
    // A staff read of a person's case: the person sees it under "who looked at my data".
    await this.audit.record({
      action: 'backoffice.case_viewed',
      actorAccountId: actor.accountId,
      subjectType: 'backoffice_case',
      subjectId: id,
    });
    return found;
  }

  async timeline(caseId: string): Promise<BackofficeCaseEvent[]> {
    return this.dataSource.manager.find(BackofficeCaseEvent, { where: { caseId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  rejectionReasons(kind: string): readonly string[] {
    return this.registry.get(kind).rejectionReasons;
  }

  async assignees(actor: Actor, kind: string): Promise<AccountRef[]> {
    if (!this.registry.mayHandle(actor, kind)) throw DomainException.forbidden();
    return this.directory.withAnyRole(this.registry.get(kind).deciderRoles);
  }

  async claim(actor: Actor, id: string): Promise<BackofficeCase> {
    return this.withCase(actor, id, async (manager, found) => {
      if (found.assigneeAccountId === actor.accountId) return found;
      if (found.assigneeAccountId) throw BackofficeException.alreadyClaimed();
      await manager.update(BackofficeCase, { id: found.id }, { assigneeAccountId: actor.accountId });
      await this.queue.append(manager, found.id, CaseEventType.claimed, actor.accountId);
      await this.queue.changed(manager, found, QueueChange.claimed);
      await this.audit.record(
        { action: 'backoffice.case_claimed', actorAccountId: actor.accountId, subjectType: 'backoffice_case', subjectId: found.id },
        manager,
      );
      return { ...found, assigneeAccountId: actor.accountId };
    });
  }

  /** Gives the case to an eligible staff member, or back to the queue with `null`. */
  async assign(actor: Actor, id: string, assigneeId: string | null): Promise<BackofficeCase> {
    return this.withCase(actor, id, async (manager, found, handler) => {
      if (assigneeId !== null && !(isUuid(assigneeId) && (await this.directory.hasAnyRole(assigneeId, handler.deciderRoles)))) {
        throw BackofficeException.assigneeNotEligible();
      }
      await manager.update(BackofficeCase, { id: found.id }, { assigneeAccountId: assigneeId });
      await this.queue.append(
        manager,
        found.id,
        assigneeId ? CaseEventType.assigned : CaseEventType.unassigned,
        actor.accountId,
        assigneeId ? { assigneeAccountId: assigneeId } : {},
      );
      await this.queue.changed(manager, found, QueueChange.assigned);
      await this.audit.record(
        {
          action: 'backoffice.case_assigned',
          actorAccountId: actor.accountId,
          subjectType: 'backoffice_case',
          subjectId: found.id,
          details: { assigneeAccountId: assigneeId },
        },
        manager,
      );
      return { ...found, assigneeAccountId: assigneeId };
    });
  }

  async decide(actor: Actor, input: DecideBackofficeCaseInput): Promise<BackofficeCase> {
    return this.withCase(actor, input.caseId, async (manager, found, handler) => {
      const decision = this.validDecision(handler, input);
      if (decision.outcome === CaseDecisionOutcome.request_info && found.status === BackofficeCaseStatus.waiting_for_applicant) {
        throw BackofficeException.waitingForApplicant();
      }
      await handler.decide(manager, actor, found.subjectId, decision);
      const closing = decision.outcome !== CaseDecisionOutcome.request_info;
      const outcome =
        decision.outcome === CaseDecisionOutcome.approve ? 'approved' : decision.outcome === CaseDecisionOutcome.reject ? 'rejected' : null;
      const changes = closing
        ? {
            status: BackofficeCaseStatus.closed,
            outcome,
            closedAt: new Date(),
            assigneeAccountId: found.assigneeAccountId ?? actor.accountId,
          }
        : { status: BackofficeCaseStatus.waiting_for_applicant };
      await manager.update(BackofficeCase, { id: found.id }, changes);
      const type = outcome ?? CaseEventType.info_requested;
      const details = {
        message: decision.message,
        ...(decision.outcome === CaseDecisionOutcome.reject ? { reasonCode: decision.reasonCode } : {}),
      };
      await this.queue.append(manager, found.id, type, actor.accountId, details);
      await this.queue.changed(manager, found, QueueChange.decided);
      await this.audit.record(
        {
          action: `backoffice.case_${type}`,
          actorAccountId: actor.accountId,
          subjectType: found.kind,
          subjectId: found.subjectId,
          details: { caseId: found.id, ...details },
        },
        manager,
      );
      return { ...found, ...changes };
    });
  }

  /** Runs `work` on the locked case after checking the actor may handle its kind and it is not closed. */
  private withCase<T>(
    actor: Actor,
    id: string,
    work: (manager: EntityManager, found: BackofficeCase, handler: CaseKindHandler) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(id)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(BackofficeCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found || !this.registry.mayHandle(actor, found.kind)) throw DomainException.notFound();
      if (found.status === BackofficeCaseStatus.closed) throw BackofficeException.caseClosed();
      return work(manager, found, this.registry.get(found.kind));
    });
  }

  private validDecision(handler: CaseKindHandler, input: DecideBackofficeCaseInput): CaseDecision {
    const message = input.message?.trim() || null;
    switch (input.outcome) {
      case CaseDecisionOutcome.approve:
        return { outcome: input.outcome, message };
      case CaseDecisionOutcome.reject:
        if (!input.reasonCode || !handler.rejectionReasons.includes(input.reasonCode)) throw BackofficeException.reasonRequired();
        if (input.reasonCode === 'other' && !message) throw BackofficeException.messageRequired();
        return { outcome: input.outcome, reasonCode: input.reasonCode, message };
      case CaseDecisionOutcome.request_info:
        if (!message) throw BackofficeException.messageRequired();
        return { outcome: input.outcome, message };
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BackofficeCaseStatus } from './backoffice-case-status.js';
import { CaseEventType } from './case-event-type.js';
import { ClusterEvents } from '../common/cluster-events/index.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { BACKOFFICE_QUEUE_CHANGED, QueueChange, type BackofficeQueueChanged } from './queue-live.js';
import { BackofficeCaseEvent, type CaseEventDetails } from './entities/backoffice-case-event.entity.js';
import { BackofficeCase } from './entities/backoffice-case.entity.js';

export interface OpenCaseRequest {
  kind: string;
  subjectId: string;
  applicantAccountId: string;
  dueInDays: number;
  /** Why automatic processing handed the case to staff, e.g. `assurance_too_low`. */
  findings?: string[];
}

/** A case as its applicant may refer to it from another domain. */
export interface ApplicantCase {
  id: string;
  kind: string;
  status: BackofficeCaseStatus;
  createdAt: Date;
}

/**
 * How domains put their applications into the queue and tell it what happened, always inside
 * their own transaction. One case per subject: a subject that comes back is the same case again.
 */
@Injectable()
export class CaseQueue {
  constructor(
    private readonly registry: CaseKindRegistry,
    private readonly cluster: ClusterEvents,
  ) {}

  /** Tells open queues of staff who may handle the kind, once (and only if) the caller's transaction commits. */
  async changed(manager: EntityManager, found: { id: string; kind: string }, change: QueueChange): Promise<void> {
    const event: BackofficeQueueChanged = { caseId: found.id, kind: found.kind, change };
    await this.cluster.publishOnCommit(manager, BACKOFFICE_QUEUE_CHANGED, { ...event });
  }

  /** The applicant's own cases, newest first (read-only; e.g. for an appointment about one of them). */
  async casesOfApplicant(applicantAccountId: string, manager: EntityManager): Promise<ApplicantCase[]> {
    const rows = await manager.find(BackofficeCase, { where: { applicantAccountId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 50 });
    return rows.map((row) => ({ id: row.id, kind: row.kind, status: row.status, createdAt: row.createdAt }));
  }

  async open(manager: EntityManager, request: OpenCaseRequest): Promise<BackofficeCase> {
    this.registry.get(request.kind);
    const dueAt = new Date(Date.now() + request.dueInDays * 86_400_000);
    const existing = await manager.findOne(BackofficeCase, {
      where: { kind: request.kind, subjectId: request.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    const saved = existing
      ? await manager.save(Object.assign(existing, { status: BackofficeCaseStatus.open, outcome: null, closedAt: null, dueAt }))
      : await manager.save(
          manager.create(BackofficeCase, {
            kind: request.kind,
            subjectId: request.subjectId,
            applicantAccountId: request.applicantAccountId,
            status: BackofficeCaseStatus.open,
            dueAt,
          }),
        );
    await this.append(manager, saved.id, CaseEventType.opened, null, request.findings?.length ? { findings: request.findings } : {});
    await this.changed(manager, saved, QueueChange.opened);
    return saved;
  }

  /** The applicant answered a request for information: the case is staff's turn again. */
  async applicantAnswered(
    manager: EntityManager,
    kind: string,
    subjectId: string,
    applicantAccountId: string,
    message: string,
    dueInDays: number,
  ): Promise<void> {
    const found = await manager.findOne(BackofficeCase, { where: { kind, subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!found) return;
    await manager.update(
      BackofficeCase,
      { id: found.id },
      { status: BackofficeCaseStatus.open, dueAt: new Date(Date.now() + dueInDays * 86_400_000) },
    );
    await this.append(manager, found.id, CaseEventType.applicant_answered, applicantAccountId, { message });
    await this.changed(manager, found, QueueChange.answered);
  }

  /** Adds an event to the subject's case timeline, if the subject has a case. */
  async record(
    manager: EntityManager,
    kind: string,
    subjectId: string,
    type: string,
    actorAccountId: string | null,
    details: CaseEventDetails = {},
  ): Promise<void> {
    const found = await manager.findOne(BackofficeCase, { where: { kind, subjectId }, select: { id: true } });
    if (found) await this.append(manager, found.id, type, actorAccountId, details);
  }

  async append(
    manager: EntityManager,
    caseId: string,
    type: string,
    actorAccountId: string | null,
    details: CaseEventDetails = {},
  ): Promise<void> {
    await manager.insert(BackofficeCaseEvent, { caseId, type, actorAccountId, details });
  }
}

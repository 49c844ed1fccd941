import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CompanyAccess, COMPANY_STAFF_ROLES } from '../company-access.service.js';
import { JourneyStateFilter } from '../dto/company.inputs.js';
import { OnboardingJourney } from '../entities/onboarding-journey.entity.js';
import { creditedSeconds } from './journey-activity.js';
import { OnboardingStep, OnboardingSteps, type ResolvedOnboardingStep } from './onboarding-steps.js';

export interface JourneyView {
  journey: OnboardingJourney;
  steps: ResolvedOnboardingStep[];
  elapsedSeconds: number;
  state: JourneyStateFilter;
}

const WAITING = new Set(['waiting_for_office', 'action_required']);

export const elapsedSecondsOf = (journey: OnboardingJourney) => journey.activeSeconds + (journey.preCompanySeconds ?? 0);

/** The journey of each company: its steps' states and the active time people spent on it. */
@Injectable()
export class OnboardingJourneyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly steps: OnboardingSteps,
    private readonly audit: AuditService,
  ) {}

  /** A heartbeat from a page of the journey; credits at most one interval of active time. */
  async recordActivity(actor: Actor, companyId: string, preCompanySeconds?: number | null): Promise<number> {
    await this.access.requireRepresentative(actor, companyId);
    return this.dataSource.transaction(async (manager) => {
      const journey = await this.journeyFor(manager, companyId, actor.accountId, true);
      const now = new Date();
      journey.activeSeconds += creditedSeconds(journey.lastHeartbeatAt, now, this.config.companies.heartbeatSeconds);
      journey.lastHeartbeatAt = now;
      journey.lastActivityAt = now;
      if (journey.preCompanySeconds === null && preCompanySeconds != null) {
        journey.preCompanySeconds = Math.min(Math.max(0, preCompanySeconds), this.config.companies.preCompanyMaxSeconds);
      }
      await manager.save(journey);
      return elapsedSecondsOf(journey);
    });
  }

  /** The journey for a representative or (audited) staff. */
  async view(actor: Actor, companyId: string): Promise<JourneyView> {
    // The access check and the journey's row side by side (the row is dropped when the check refuses;
    // a missing journey is only created after it passed).
    const [as, existing] = await Promise.all([
      this.access.requireReader(actor, companyId),
      isUuid(companyId) ? this.dataSource.manager.findOneBy(OnboardingJourney, { companyId }) : null,
    ]);
    // Staff: the read is audited with it, atomically. A representative's read needs no transaction
    // (the journey's insert is idempotent on its own), and none at all once the journey exists.
    const journey =
      as === 'staff'
        ? await this.dataSource.transaction(async (manager) => {
            await this.audit.record(
              { action: 'company.journey_viewed_by_staff', actorAccountId: actor.accountId, subjectType: 'company', subjectId: companyId },
              manager,
            );
            return this.journeyFor(manager, companyId, actor.accountId, false);
          })
        : (existing ?? (await this.journeyFor(this.dataSource.manager, companyId, actor.accountId, false)));
    // The steps are read outside the transaction: one statement for all of them (StatementBatch).
    const accountId = as === 'staff' ? (journey.accountId ?? actor.accountId) : actor.accountId;
    return (await this.resolveAll(this.dataSource.manager, [{ journey, accountId }]))[0];
  }

  /** The steps shown on /company/new before a company exists. */
  async startSteps(actor: Actor): Promise<ResolvedOnboardingStep[]> {
    return this.steps.resolve({ companyId: '', accountId: actor.accountId }, this.dataSource.manager, [
      OnboardingStep.account,
      OnboardingStep.identity,
    ]);
  }

  /** Staff of economic development: journeys by state, newest first (the read is audited). */
  async list(
    actor: Actor,
    state: JourneyStateFilter | null | undefined,
    first: number,
    after?: string,
  ): Promise<{ views: JourneyView[]; cursors: string[]; hasNextPage: boolean }> {
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.forbidden();
    const stuckBefore = new Date(Date.now() - this.config.companies.journeyStuckAfterHours * 3_600_000);
    const query = this.dataSource.manager.createQueryBuilder(OnboardingJourney, 'j');
    if (state === JourneyStateFilter.completed) query.where('j.completed_at IS NOT NULL');
    else if (state === JourneyStateFilter.stuck) {
      query
        .where('j.completed_at IS NULL')
        .andWhere(new Brackets((or) => or.where('j.last_activity_at < :stuckBefore').orWhere('j.waiting_since < :stuckBefore')), {
          stuckBefore,
        });
    } else if (state === JourneyStateFilter.in_progress) {
      query
        .where('j.completed_at IS NULL')
        .andWhere('j.last_activity_at >= :stuckBefore')
        .andWhere('(j.waiting_since IS NULL OR j.waiting_since >= :stuckBefore)', { stuckBefore });
    }
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(j.started_at, j.id) < (:createdAt, :id)', { createdAt: cursor.createdAt, id: cursor.id });
    }
    const rows = await query
      .orderBy('j.started_at', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    await this.audit.record({
      action: 'company.journeys_listed_by_staff',
      actorAccountId: actor.accountId,
      subjectType: 'onboarding_journey',
      details: { state: state ?? null, count: page.length },
    });
    // The steps of the whole page: one statement for every provider (StatementBatch).
    const views = await this.resolveAll(
      this.dataSource.manager,
      page.map((journey) => ({ journey, accountId: journey.accountId ?? actor.accountId })),
    );
    return {
      views,
      cursors: page.map((row) => encodeCursor({ createdAt: row.startedAt.toISOString(), id: row.id })),
      hasNextPage: rows.length > first,
    };
  }

  /**
   * Resolves the steps of the journeys (each step's provider once for all of them) and keeps each
   * journey's completion and waiting snapshot (used by the staff filter) with one statement for all that changed.
   */
  private async resolveAll(manager: EntityManager, journeys: { journey: OnboardingJourney; accountId: string }[]): Promise<JourneyView[]> {
    const resolved = await this.steps.resolveMany(
      journeys.map(({ journey, accountId }) => ({ companyId: journey.companyId, accountId })),
      manager,
    );
    const changed: { id: string; completedAt: Date | null; waitingSince: Date | null }[] = [];
    const views = journeys.map(({ journey }, index) => {
      const steps = resolved[index];
      const done = steps.find((step) => step.step === OnboardingStep.done)?.status === 'done';
      const waiting = steps
        .filter((step) => WAITING.has(step.status) && step.updatedAt)
        .map((step) => step.updatedAt!.getTime())
        .sort((a, b) => a - b)[0];
      const completedAt = done ? (journey.completedAt ?? new Date()) : null;
      const waitingSince = waiting === undefined ? null : new Date(waiting);
      if (completedAt?.getTime() !== journey.completedAt?.getTime() || waitingSince?.getTime() !== journey.waitingSince?.getTime()) {
        changed.push({ id: journey.id, completedAt, waitingSince });
        Object.assign(journey, { completedAt, waitingSince });
      }
      return { journey, steps, elapsedSeconds: elapsedSecondsOf(journey), state: this.stateOf(journey) };
    });
    if (changed.length > 0) {
      await manager.query(
        `UPDATE onboarding_journeys AS j SET completed_at = c.completed_at, waiting_since = c.waiting_since
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS c(id, completed_at, waiting_since)
          WHERE j.id = c.id`,
        [changed.map((row) => row.id), changed.map((row) => row.completedAt), changed.map((row) => row.waitingSince)],
      );
    }
    return views;
  }

  private stateOf(journey: OnboardingJourney): JourneyStateFilter {
    if (journey.completedAt) return JourneyStateFilter.completed;
    const stuckBefore = Date.now() - this.config.companies.journeyStuckAfterHours * 3_600_000;
    const stale =
      journey.lastActivityAt.getTime() < stuckBefore || (journey.waitingSince !== null && journey.waitingSince.getTime() < stuckBefore);
    return stale ? JourneyStateFilter.stuck : JourneyStateFilter.in_progress;
  }

  /** The company's journey; one created by representatives of companies made before journeys existed. */
  private async journeyFor(manager: EntityManager, companyId: string, accountId: string, lock: boolean): Promise<OnboardingJourney> {
    await manager.query(
      `INSERT INTO onboarding_journeys (company_id, account_id, last_activity_at) VALUES ($1, $2, now()) ON CONFLICT (company_id) DO NOTHING`,
      [companyId, accountId],
    );
    return manager.findOneOrFail(OnboardingJourney, {
      where: { companyId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}

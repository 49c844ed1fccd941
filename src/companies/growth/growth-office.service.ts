import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { param } from '../../common/i18n/message-params.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { berlinToday } from '../../common/time/berlin-date.js';
import { AccountNotifications } from '../../notifications/index.js';
import { CompaniesException } from '../companies.exception.js';
import { COMPANY_STAFF_ROLES } from '../company-access.service.js';
import { CompanyRepresentative } from '../entities/company-representative.entity.js';
import { Company } from '../entities/company.entity.js';
import { GrowthPlan } from './entities/growth-plan.entity.js';
import { GrowthDeadlineKind } from './growth-enums.js';
import { addDays, deadlinesFrom, REMINDER_DAYS_BEFORE } from './growth-rules.js';

export const GROWTH_REMINDER_QUEUE = 'companies.growth-deadline-reminders';
export const growthLink = (companyId: string) => `/company/${companyId}/growth`;

export interface GrowingCompany {
  plan: GrowthPlan;
  company: Company;
}

/**
 * The economic development office's side of growing companies: the list, a message to the company's
 * people (an in-app notification, rendered in each reader's language), and the deadline reminders.
 */
@Injectable()
export class GrowthOffice implements OnModuleInit {
  private readonly logger = new Logger('CompanyGrowth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: AccountNotifications,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(GROWTH_REMINDER_QUEUE, '30 7 * * *', async () => {
      await this.remindDue();
    });
  }

  /** Staff of economic development and admins; newest change first. */
  async list(actor: Actor): Promise<GrowingCompany[]> {
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.forbidden();
    const plans = await this.dataSource.manager.find(GrowthPlan, { order: { updatedAt: 'DESC', id: 'DESC' }, take: 200 });
    const ids = [...new Set(plans.map((plan) => plan.companyId))];
    const companies = ids.length ? await this.dataSource.manager.findBy(Company, { id: In(ids) }) : [];
    const byId = new Map(companies.map((company) => [company.id, company]));
    return plans.flatMap((plan) => (byId.has(plan.companyId) ? [{ plan, company: byId.get(plan.companyId)! }] : []));
  }

  /** Tells every representative of a growing company; returns how many were told. */
  async message(actor: Actor, companyId: string, text: string): Promise<number> {
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.forbidden();
    const body = text.trim();
    if (body.length < 2 || body.length > 2000)
      throw CompaniesException.invalid([
        { field: 'text', constraint: 'length', messageKey: 'companies.growth.message_length', params: { min: 2, max: 2000 } },
      ]);
    if (!isUuid(companyId)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.findOneBy(Company, { id: companyId });
      if (!company || !(await manager.existsBy(GrowthPlan, { companyId }))) throw DomainException.notFound();
      const representatives = await manager.find(CompanyRepresentative, { where: { companyId }, order: { since: 'ASC' } });
      const told = await this.notifications.notifyEach(
        manager,
        representatives.map((row) => row.accountId),
        {
          inApp: { kind: 'company_growth_office_message', params: { company: company.legalName, text: body }, link: growthLink(companyId) },
        },
      );
      await this.audit.record(
        {
          action: 'company.growth_office_message',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: companyId,
          details: { told },
        },
        manager,
      );
      return told;
    });
  }

  /**
   * Reminds the representatives of deadlines that are due within REMINDER_DAYS_BEFORE days (or
   * overdue) and neither done nor reminded yet; each deadline once. Returns how many reminders went out.
   */
  async remindDue(today: string = berlinToday()): Promise<number> {
    const candidates = await this.dataSource.manager.find(GrowthPlan, {
      where: { businessStartDate: Not(IsNull()) },
      select: { id: true },
    });
    let sent = 0;
    for (const { id } of candidates) {
      sent += await this.dataSource.transaction(async (manager) => {
        const [plan] = await manager
          .createQueryBuilder(GrowthPlan, 'plan')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('plan.id = :id', { id })
          .getMany();
        return plan ? this.remindPlan(manager, plan, today) : 0;
      });
    }
    if (sent) this.logger.log(`${sent} growth deadline reminder(s) sent`);
    return sent;
  }

  private async remindPlan(manager: EntityManager, plan: GrowthPlan, today: string): Promise<number> {
    if (!plan.businessStartDate) return 0;
    const company = await manager.findOneBy(Company, { id: plan.companyId });
    if (!company) return 0;
    const representatives = await manager.find(CompanyRepresentative, { where: { companyId: plan.companyId }, order: { since: 'ASC' } });
    let sent = 0;
    for (const deadline of deadlinesFrom(plan.businessStartDate)) {
      const trade = deadline.kind === GrowthDeadlineKind.trade_registration;
      const done = trade ? plan.tradeRegistrationDoneAt : plan.taxRegistrationDoneAt;
      const reminded = trade ? plan.tradeRegistrationRemindedAt : plan.taxRegistrationRemindedAt;
      if (done || reminded || today < addDays(deadline.dueOn, -REMINDER_DAYS_BEFORE)) continue;
      await this.notifications.notifyEach(
        manager,
        representatives.map((row) => row.accountId),
        {
          inApp: {
            kind: 'company_growth_deadline',
            params: {
              company: company.legalName,
              deadline: param.key(`companies:growth.deadlines.${deadline.kind}`),
              dueOn: param.date(deadline.dueOn),
            },
            link: growthLink(plan.companyId),
          },
        },
      );
      if (trade) plan.tradeRegistrationRemindedAt = new Date();
      else plan.taxRegistrationRemindedAt = new Date();
      sent += 1;
    }
    if (sent) await manager.save(plan);
    return sent;
  }
}

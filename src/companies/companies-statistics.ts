import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Economic development's figures on onboarding journeys: started and completed in the period, stuck now
 * (no activity, or a step waiting, for longer than the configured hours), and the median active minutes
 * of the journeys completed in the period.
 */
@Injectable()
export class CompaniesStatistics implements OnModuleInit {
  readonly section = 'companies';
  readonly roles = [Role.staff_economic_development];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: StatisticsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const [figures] = await batch.query<{ started: number; completed: number; stuck: number; minutes: number | null }[]>(
      `SELECT count(*) FILTER (WHERE ${periodSql.within('started_at')})::int AS started,
              count(*) FILTER (WHERE ${periodSql.within('completed_at')})::int AS completed,
              count(*) FILTER (WHERE completed_at IS NULL AND (last_activity_at < now() - make_interval(hours => $3) OR waiting_since < now() - make_interval(hours => $3)))::int AS stuck,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY (active_seconds + coalesce(pre_company_seconds, 0)) / 60.0)
                     FILTER (WHERE ${periodSql.within('completed_at')}))::numeric, 1)::float AS minutes
         FROM onboarding_journeys`,
      [period.from, period.to, this.config.companies.journeyStuckAfterHours],
    );
    return [
      {
        key: 'companies.journeys',
        labelKind: 'enums.journey',
        columns: ['count'],
        rows: (['started', 'completed', 'stuck'] as const).map((label) => ({ label, values: [figures![label]] })),
        byDistrict: false,
      },
      {
        key: 'companies.journeyTimes',
        labelKind: 'enums.percentile',
        columns: ['minutes'],
        rows: [{ label: 'median', values: [figures!.minutes ?? null] }],
        byDistrict: false,
      },
    ];
  }
}

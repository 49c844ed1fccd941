import { Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, pivot, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

const STATUSES = ['submitted', 'paid', 'info_requested', 'registered', 'rejected'];

/** Economic development's figures on trade registrations: submitted per period by status, and decision times. */
@Injectable()
export class TradeRegistrationStatistics implements OnModuleInit {
  readonly section = 'trade-registration';
  readonly roles = [Role.staff_economic_development];

  constructor(private readonly registry: StatisticsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const [byPeriod, [times]] = await Promise.all([
      batch.query<{ label: string; column: string; n: number }[]>(
        `SELECT ${periodSql.bucket('submitted_at', '$3')} AS label, status::text AS column, count(*)::int AS n
           FROM trade_registrations WHERE ${periodSql.within('submitted_at')} GROUP BY 1, 2 ORDER BY 1`,
        [period.from, period.to, period.interval],
      ),
      batch.query<{ median: number | null; p90: number | null }[]>(
        `SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600))::numeric, 1)::float AS median,
                round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600))::numeric, 1)::float AS p90
           FROM trade_registrations WHERE status IN ('registered', 'rejected') AND ${periodSql.within('decided_at')}`,
        [period.from, period.to],
      ),
    ]);
    return [
      {
        key: 'trade-registration.applications',
        labelKind: 'period',
        columns: STATUSES,
        rows: pivot(byPeriod, STATUSES),
        byDistrict: false,
      },
      {
        key: 'trade-registration.decisionTimes',
        labelKind: 'enums.percentile',
        columns: ['hours'],
        rows: [
          { label: 'median', values: [times!.median] },
          { label: 'p90', values: [times!.p90] },
        ],
        byDistrict: false,
      },
    ];
  }
}

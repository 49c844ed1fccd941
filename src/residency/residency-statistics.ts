import { Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, pivot, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

const STATUSES = ['submitted', 'info_requested', 'approved', 'rejected'];

/** The citizens' office's figures on residency applications: by period and status, decisions, decision times. */
@Injectable()
export class ResidencyStatistics implements OnModuleInit {
  readonly section = 'residency';
  readonly roles = [Role.staff_citizens_office];

  constructor(private readonly registry: StatisticsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const params = [period.from, period.to, period.district];
    const [byPeriod, [decisions]] = await Promise.all([
      batch.query<{ label: string; column: string; n: number }[]>(
        `SELECT ${periodSql.bucket('submitted_at', '$4')} AS label, status::text AS column, count(*)::int AS n
           FROM residency_applications
          WHERE ${periodSql.within('submitted_at')} AND ${periodSql.district('district', '$3')}
          GROUP BY 1, 2 ORDER BY 1`,
        [...params, period.interval],
      ),
      batch.query<Record<string, number | null>[]>(
        `SELECT count(*) FILTER (WHERE status = 'approved' AND decided_automatically)::int AS "approvedAutomatically",
                count(*) FILTER (WHERE status = 'approved' AND NOT decided_automatically)::int AS "approvedByStaff",
                count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
                round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600))::numeric, 1)::float AS median,
                round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600))::numeric, 1)::float AS p90
           FROM residency_applications
          WHERE status IN ('approved', 'rejected') AND ${periodSql.within('decided_at')} AND ${periodSql.district('district', '$3')}`,
        params,
      ),
    ]);
    const decided = ['approvedAutomatically', 'approvedByStaff', 'rejected'];
    const total = decided.reduce((sum, key) => sum + Number(decisions![key]), 0);
    return [
      { key: 'residency.applications', labelKind: 'period', columns: STATUSES, rows: pivot(byPeriod, STATUSES), byDistrict: true },
      {
        key: 'residency.decisions',
        labelKind: 'enums.decision',
        columns: ['count', 'percent'],
        rows: decided.map((label) => {
          const count = Number(decisions![label]);
          return { label, values: [count, total ? Math.round((count / total) * 1000) / 10 : null] };
        }),
        byDistrict: true,
      },
      {
        key: 'residency.decisionTimes',
        labelKind: 'enums.percentile',
        columns: ['hours'],
        rows: [
          { label: 'median', values: [decisions!.median ?? null] },
          { label: 'p90', values: [decisions!.p90 ?? null] },
        ],
        byDistrict: true,
      },
    ];
  }
}

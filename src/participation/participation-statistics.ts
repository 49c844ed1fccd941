import { Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/**
 * Communication's figures: registrations and attendance of the events held in the period, and how many
 * people took part in each survey in the period (participations, never answers). News reads are not recorded.
 */
@Injectable()
export class ParticipationStatistics implements OnModuleInit {
  readonly section = 'participation';
  readonly roles = [Role.staff_communication];

  constructor(private readonly registry: StatisticsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const params = [period.from, period.to];
    const [events, surveys] = await Promise.all([
      batch.query<{ label: string; confirmed: number; waiting: number; cancelled: number; attended: number }[]>(
        `SELECT e.title_de AS label,
                count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
                count(r.id) FILTER (WHERE r.status IN ('waiting', 'offered'))::int AS waiting,
                count(r.id) FILTER (WHERE r.status = 'cancelled')::int AS cancelled,
                count(r.id) FILTER (WHERE r.checked_in_at IS NOT NULL)::int AS attended
           FROM participation_events e LEFT JOIN participation_event_registrations r ON r.event_id = e.id
          WHERE ${periodSql.within('e.starts_at')} GROUP BY e.id, e.title_de, e.starts_at ORDER BY e.starts_at, e.id LIMIT 50`,
        params,
      ),
      batch.query<{ label: string; participants: number }[]>(
        `SELECT s.title_de AS label, count(*)::int AS participants
           FROM survey_participations p JOIN surveys s ON s.id = p.survey_id
          WHERE p.participated_on BETWEEN $1::date AND $2::date GROUP BY s.id, s.title_de ORDER BY 2 DESC, 1 LIMIT 50`,
        params,
      ),
    ]);
    return [
      {
        key: 'participation.events',
        labelKind: 'text',
        columns: ['confirmed', 'waiting', 'cancelled', 'attended'],
        rows: events.map((row) => ({ label: row.label, values: [row.confirmed, row.waiting, row.cancelled, row.attended] })),
        byDistrict: false,
      },
      {
        key: 'participation.surveys',
        labelKind: 'text',
        columns: ['participants'],
        rows: surveys.map((row) => ({ label: row.label, values: [row.participants] })),
        byDistrict: false,
      },
    ];
  }
}

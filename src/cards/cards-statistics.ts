import { Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import { CitizenCardStatus } from './entities/citizen-card.entity.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

/** The citizens' office's figures on citizen cards: issued in the period and all cards, by their status now (and district). */
@Injectable()
export class CardsStatistics implements OnModuleInit {
  readonly section = 'cards';
  readonly roles = [Role.staff_citizens_office];

  constructor(private readonly registry: StatisticsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const counts = await batch.query<{ status: string; issued: number; all: number }[]>(
      `SELECT status::text AS status, count(*) FILTER (WHERE ${periodSql.within('created_at')})::int AS issued, count(*)::int AS "all"
         FROM citizen_cards WHERE ${periodSql.district('district', '$3')} GROUP BY 1`,
      [period.from, period.to, period.district],
    );
    const rows = Object.values(CitizenCardStatus).map((status) => {
      const found = counts.find((row) => row.status === status);
      return { label: status, values: [found?.issued ?? 0, found?.all ?? 0] };
    });
    return [{ key: 'cards.byStatus', labelKind: 'enums.cardStatus', columns: ['issuedInPeriod', 'allCards'], rows, byDistrict: true }];
  }
}

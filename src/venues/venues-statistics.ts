import { Injectable, type OnModuleInit } from '@nestjs/common';
import { periodSql, StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from '../backoffice/index.js';
import { Role } from '../common/auth/role.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';

const GRANTED = 'count(*) FILTER (WHERE v.valid AND v.eligible AND NOT v.repeated_presentation)::int';
const COLUMNS = ['verifications', 'granted'];

/** The citizens' office's figures on card checks at venues: by venue, by offer (top 50) and by day. */
@Injectable()
export class VenuesStatistics implements OnModuleInit {
  readonly section = 'venues';
  readonly roles = [Role.staff_citizens_office];

  constructor(private readonly registry: StatisticsRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]> {
    const params = [period.from, period.to];
    const where = periodSql.within('v.verified_at');
    const query = (sql: string) => batch.query<{ label: string; verifications: number; granted: number }[]>(sql, params);
    const [byVenue, byOffer, byDay] = await Promise.all([
      query(`SELECT coalesce(venue.name, '') AS label, count(*)::int AS verifications, ${GRANTED} AS granted
               FROM venue_verifications v LEFT JOIN venues venue ON venue.id = v.venue_id
              WHERE ${where} GROUP BY v.venue_id, venue.name ORDER BY 2 DESC, 1 LIMIT 50`),
      query(`SELECT coalesce(o.title_de, '') AS label, count(*)::int AS verifications, ${GRANTED} AS granted
               FROM venue_verifications v LEFT JOIN offers o ON o.id = v.offer_id
              WHERE ${where} GROUP BY v.offer_id, o.title_de ORDER BY 2 DESC, 1 LIMIT 50`),
      query(`SELECT ${periodSql.day('v.verified_at')} AS label, count(*)::int AS verifications, ${GRANTED} AS granted
               FROM venue_verifications v WHERE ${where} GROUP BY 1 ORDER BY 1`),
    ]);
    const table = (key: string, labelKind: string, rows: typeof byDay): StatisticTable => ({
      key,
      labelKind,
      columns: COLUMNS,
      rows: rows.map((row) => ({ label: row.label, values: [row.verifications, row.granted] })),
      byDistrict: false,
    });
    return [table('venues.byVenue', 'text', byVenue), table('venues.byOffer', 'text', byOffer), table('venues.byDay', 'day', byDay)];
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { StatementBatch } from '../../common/loaders/statement-batch.js';
import { BackofficeException } from '../backoffice.exception.js';
import { StatisticsIntervalInput, type StatisticsFilter } from './statistics.inputs.js';
import { StatisticsRegistry, type StatisticsPeriod, type StatisticTable } from './statistics-registry.js';

const MAX_DAYS = 3 * 366;
/** The order the page and the exports show the offices' sections in; sections not named here come last. */
const SECTION_ORDER = ['residency', 'cards', 'venues', 'trade-registration', 'companies', 'participation'];
const rank = (section: string) => (SECTION_ORDER.includes(section) ? SECTION_ORDER.indexOf(section) : SECTION_ORDER.length);

function dayNumber(day: string): number | null {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day ? null : time / 86_400_000;
}

/** The figures of every office the actor works in, each computed by its domain; nobody else sees any. */
@Injectable()
export class OfficeStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: StatisticsRegistry,
  ) {}

  async tables(actor: Actor, filter: StatisticsFilter): Promise<StatisticTable[]> {
    const sources = this.registry.sectionsFor(actor).sort((a, b) => rank(a.section) - rank(b.section));
    if (sources.length === 0) throw DomainException.forbidden();
    const period = this.period(filter);
    // Every office's queries are queued at once and sent as one statement.
    const batch = new StatementBatch(this.dataSource.manager);
    return (await Promise.all(sources.map((source) => source.tables(period, batch)))).flat();
  }

  private period(filter: StatisticsFilter): StatisticsPeriod {
    const from = dayNumber(filter.from);
    const to = dayNumber(filter.to);
    if (from === null || to === null || to < from || to - from > MAX_DAYS) throw BackofficeException.invalidPeriod();
    return {
      from: filter.from,
      to: filter.to,
      district: filter.district ?? null,
      interval: filter.interval ?? StatisticsIntervalInput.month,
    };
  }
}

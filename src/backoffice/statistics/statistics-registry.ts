import { Injectable } from '@nestjs/common';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import type { StatementBatch } from '../../common/loaders/statement-batch.js';

export type StatisticsInterval = 'week' | 'month';

/** The filter every office's figures take: a period of calendar days in Berlin (both inclusive), a district, a bucket size. */
export interface StatisticsPeriod {
  from: string;
  to: string;
  district: string | null;
  interval: StatisticsInterval;
}

/**
 * A table of figures, one row per label and one value per column. `labelKind` says how labels read:
 * `period` (the first day of a week or month), `day`, `text` (a name as stored), or a catalogue prefix
 * such as `enums.cardStatus` (backoffice namespace) for enum values.
 */
export interface StatisticTable {
  key: string;
  labelKind: string;
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
  /** Whether the district filter narrows these figures (not every domain records a district). */
  byDistrict: boolean;
}

/** One domain's figures for the offices that may see them (admins always may). */
export interface StatisticsSource {
  readonly section: string;
  readonly roles: readonly Role[];
  /** Reads through `batch` (queued at once), so every office's figures go to the database as one statement. */
  tables(period: StatisticsPeriod, batch: StatementBatch): Promise<StatisticTable[]>;
}

/**
 * SQL fragments so all offices count days the same way: the period is `$1` (from) and `$2` (to);
 * the interval and the district are passed at the placeholder the caller names.
 */
export const periodSql = {
  within: (column: string) =>
    `${column} >= ($1::date)::timestamp AT TIME ZONE 'Europe/Berlin' AND ${column} < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`,
  bucket: (column: string, interval: string) =>
    `to_char(date_trunc(${interval}::text, ${column} AT TIME ZONE 'Europe/Berlin'), 'YYYY-MM-DD')`,
  day: (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD')`,
  district: (column: string, district: string) => `(${district}::text IS NULL OR ${column}::text = ${district}::text)`,
};

/** Rows of `(label, column, n)` as a table with the given columns, labels in first-seen order, missing cells 0. */
export function pivot(rows: readonly { label: string; column: string; n: number }[], columns: readonly string[]) {
  const byLabel = new Map<string, number[]>();
  for (const row of rows) {
    const values = byLabel.get(row.label) ?? columns.map(() => 0);
    const index = columns.indexOf(row.column);
    if (index >= 0) values[index] = Number(row.n);
    byLabel.set(row.label, values);
  }
  return [...byLabel].map(([label, values]) => ({ label, values }));
}

/** Where domains register their figures (port R2: the back office composes, the domains compute). */
@Injectable()
export class StatisticsRegistry {
  private readonly sources: StatisticsSource[] = [];

  register(source: StatisticsSource): void {
    if (this.sources.some((known) => known.section === source.section)) throw new Error(`statistics ${source.section} registered twice`);
    this.sources.push(source);
  }

  sectionsFor(actor: Actor): StatisticsSource[] {
    return this.sources.filter((source) => hasRole(actor, Role.admin, ...source.roles));
  }
}

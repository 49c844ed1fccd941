import { Injectable } from '@nestjs/common';
import { formatDate, formattingLocale, BERLIN_TIME_ZONE } from '../../common/i18n/formatting.js';
import { Translator } from '../../common/i18n/translator.js';
import type { ExportSheet } from './export-files.js';
import type { StatisticsInterval, StatisticTable } from './statistics-registry.js';

/** Titles, column headers and labels of the statistics in a staff member's language, as the page shows them. */
@Injectable()
export class StatisticsLabels {
  constructor(private readonly translator: Translator) {}

  t(language: string, key: string, options: Record<string, unknown> = {}): string {
    return this.translator.t(language, `backoffice:${key}`, options);
  }

  label(language: string, table: StatisticTable, label: string, interval: StatisticsInterval): string {
    if (table.labelKind === 'text') return label;
    if (table.labelKind === 'day') return formatDate(label, language, 'medium');
    if (table.labelKind === 'period') {
      if (interval === 'week') return this.t(language, 'statistics.weekOf', { day: formatDate(label, language, 'medium') });
      const month = new Intl.DateTimeFormat(formattingLocale(language), { month: 'long', year: 'numeric', timeZone: BERLIN_TIME_ZONE });
      return month.format(new Date(`${label}T12:00:00Z`));
    }
    return this.t(language, `${table.labelKind}.${label}`);
  }

  sheet(language: string, table: StatisticTable, interval: StatisticsInterval): ExportSheet {
    return {
      title: this.t(language, `statistics.tables.${table.key}`),
      header: [
        this.t(language, table.labelKind === 'period' ? `statistics.intervals.${interval}` : `statistics.labelHeaders.${table.key}`),
        ...table.columns.map((column) => this.t(language, `statistics.columns.${column}`)),
      ],
      rows: table.rows.map((row) => [this.label(language, table, row.label, interval), ...row.values]),
    };
  }
}

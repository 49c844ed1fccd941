import type { TFunction } from 'i18next';
import { localeFor } from '../utils/formatDate';

export type StatisticsInterval = 'week' | 'month';

interface LabelledTable {
  key: string;
  labelKind: string;
}

function calendarDay(day: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(localeFor(language), { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A row label in words, as the server's exports write it: periods and days as dates, enum values translated. */
export function statisticLabel(
  t: TFunction<'backoffice'>,
  language: string,
  table: LabelledTable,
  label: string,
  interval: StatisticsInterval,
) {
  if (table.labelKind === 'text') return label;
  if (table.labelKind === 'day') return calendarDay(label, language, { dateStyle: 'medium' });
  if (table.labelKind === 'period') {
    return interval === 'week'
      ? t('statistics.weekOf', { day: calendarDay(label, language, { dateStyle: 'medium' }) })
      : calendarDay(label, language, { month: 'long', year: 'numeric' });
  }
  return t(`${table.labelKind}.${label}` as 'enums.journey.started');
}

/** The header of the label column: the interval for periods, else the table's own. */
export function labelHeader(t: TFunction<'backoffice'>, table: LabelledTable, interval: StatisticsInterval) {
  return table.labelKind === 'period'
    ? t(`statistics.intervals.${interval}`)
    : t(`statistics.labelHeaders.${table.key}` as 'statistics.labelHeaders.cards.byStatus');
}

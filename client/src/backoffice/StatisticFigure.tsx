import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatisticTable } from './operations';
import { labelHeader, statisticLabel, type StatisticsInterval } from './statisticLabels';
import { localeFor } from '../utils/formatDate';

// Colours with at least 3:1 contrast to white (WCAG 1.4.11), told apart by the legend and the table too.
const COLOURS = ['#004b76', '#b34700', '#2e7d32', '#8e24aa', '#c62828', '#00695c'];

/**
 * One table of figures: a bar chart (stacked over time, else the first column; an image with its title for
 * assistive technology, not focusable) and beside it the same figures as an accessible table.
 */
export function StatisticFigure({ table, interval }: { table: StatisticTable; interval: StatisticsInterval }) {
  const { t, i18n } = useTranslation('backoffice');
  const title = t(`statistics.tables.${table.key}` as 'statistics.tables.cards.byStatus');
  const number = new Intl.NumberFormat(localeFor(i18n.language), { maximumFractionDigits: 1 });
  const columns = table.columns.map((column) => t(`statistics.columns.${column}` as 'statistics.columns.count'));
  const overTime = table.labelKind === 'period';
  const charted = overTime ? table.columns.map((_, index) => index) : [0];
  const data = table.rows.map((row) => ({
    label: statisticLabel(t, i18n.language, table, row.label, interval),
    ...Object.fromEntries(charted.map((index) => [columns[index]!, row.values[index] ?? 0])),
  }));
  const headingId = `statistic-${table.key.replace(/\W/g, '-')}`;

  return (
    <section className="statistic-figure" aria-labelledby={headingId} data-testid="statistic-figure" data-key={table.key}>
      <h3 className="kern-heading-small" id={headingId}>
        {title}
      </h3>
      {!table.byDistrict && <p className="kern-body kern-body--small">{t('statistics.notByDistrict')}</p>}
      {table.rows.length === 0 ? (
        <p className="kern-body">{t('statistics.empty')}</p>
      ) : (
        <div className="statistic-figure__body">
          <div className="statistic-figure__chart" role="img" aria-label={title} data-testid="statistic-chart" dir="ltr">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
                <YAxis />
                <Tooltip formatter={(value) => number.format(Number(value))} />
                {charted.length > 1 && <Legend />}
                {charted.map((index) => (
                  <Bar
                    key={index}
                    dataKey={columns[index]!}
                    stackId={overTime ? 'period' : undefined}
                    fill={COLOURS[index % COLOURS.length]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <div className="table-scroll statistic-figure__table">
            <table className="kern-table" data-testid="statistic-table">
              <caption className="kern-title">{title}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {labelHeader(t, table, interval)}
                  </th>
                  {columns.map((column) => (
                    <th className="kern-table__header kern-table__header--numeric" scope="col" key={column}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {table.rows.map((row, index) => (
                  <tr className="kern-table__row" key={`${row.label}-${index}`}>
                    <th className="kern-table__header" scope="row">
                      {data[index]!.label}
                    </th>
                    {row.values.map((value, column) => (
                      <td className="kern-table__cell kern-table__cell--numeric" key={column} data-column={table.columns[column]}>
                        {value === null || value === undefined ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('statistics.noValue')}</span>
                          </>
                        ) : (
                          number.format(value)
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

import { Ltr } from '../components/Ltr';

/** A small horizontal bar chart: readable on a phone, no chart library needed. */
export function BarChart({ rows, label }: { rows: { label: string; value: number; secondary?: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className="bar-chart" aria-label={label}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="kern-body">
              {row.label}
            </th>
            <td className="bar-chart__bar-cell">
              <span className="bar-chart__bar" style={{ inlineSize: `${(100 * row.value) / max}%` }} />
              {row.secondary !== undefined && (
                <span className="bar-chart__bar bar-chart__bar--secondary" style={{ inlineSize: `${(100 * row.secondary) / max}%` }} />
              )}
            </td>
            <td className="kern-body bar-chart__value">
              <Ltr>{row.secondary !== undefined ? `${row.secondary} / ${row.value}` : row.value}</Ltr>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

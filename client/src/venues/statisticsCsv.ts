import type { VenueStatistics } from './operations';
import { offerText } from './offerText';

const cell = (value: string | number) => (/[",;\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** One CSV with a section per table; downloaded by the browser. */
export function downloadStatisticsCsv(statistics: VenueStatistics, language: string): void {
  const lines = [
    ['day', 'verifications', 'granted'].join(','),
    ...statistics.perDay.map((row) => [row.day, row.verifications, row.granted].map(cell).join(',')),
    '',
    ['offer', 'verifications', 'granted'].join(','),
    ...statistics.perOffer.map((row) =>
      [offerText({ de: row.titleDe, en: row.titleEn }, language).text, row.verifications, row.granted].map(cell).join(','),
    ),
    '',
    ['category', 'unique visitors'].join(','),
    ...statistics.perCategory.map((row) => [row.category, row.visitors].map(cell).join(',')),
  ];
  const url = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `verifications-${statistics.from.slice(0, 10)}.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

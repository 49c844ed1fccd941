import { PdfWriter } from '../../common/pdf/pdf-writer.js';
import type { ReceiptContent } from './receipt-content.js';

const BLUE = '#0b4f8a';
const RED = '#b42318';

/**
 * Renders a receipt as an A4 PDF in the payer's language: Unicode fonts for names and addresses in
 * any script, mirrored for right-to-left languages. `compress: false` keeps the content streams readable.
 */
export function renderReceiptPdf(content: ReceiptContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = PdfWriter.create({
    language: content.language,
    size: 'A4',
    margin: 56,
    compress: options.compress,
    title: `${content.title} – ${content.issuer}`,
    author: content.issuer,
  });
  pdf.flow(content.issuer, { size: 20, weight: 'bold', color: BLUE, spaceAfter: 4 });
  pdf.flow(content.title, { size: 14, spaceAfter: 16 });
  if (content.notice) {
    const width = pdf.contentWidth - 20;
    const notice = pdf.layout(content.notice, width, { size: 12, weight: 'bold' });
    const height = notice.height + 14;
    pdf.rect({ start: pdf.margin, top: pdf.y, width: pdf.contentWidth, height }, '#fde8e8', RED);
    pdf.draw(notice, { start: pdf.margin + 10, top: pdf.y + 7, width }, { color: RED });
    pdf.moveDown(height + 18);
  }
  for (const row of content.rows) {
    pdf.pair(row.label, row.value, {
      labelWidth: 160,
      gap: 10,
      label: { size: 11, weight: 'bold' },
      value: { size: 11, direction: 'auto' },
      spaceAfter: 8,
    });
  }
  pdf.moveDown(24);
  pdf.flow(content.footer, { size: 9, color: '#555555' });
  return pdf.end();
}

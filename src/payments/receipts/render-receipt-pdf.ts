import PDFDocument from 'pdfkit';
import type { ReceiptContent } from './receipt-content.js';

/** The standard PDF fonts speak WinAnsi; Intl uses narrow and thin spaces that it lacks. */
const printable = (text: string) => text.replace(/[\u202F\u2009\u2007]/g, '\u00A0');

const BLUE = '#0b4f8a';

/** Renders a receipt as an A4 PDF. `compress: false` keeps the text readable in the bytes (for tests). */
export function renderReceiptPdf(content: ReceiptContent, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    lang: content.language,
    info: { Title: printable(`${content.title} – ${content.issuer}`), Author: printable(content.issuer), Producer: 'Bochum e-Residency' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor(BLUE).font('Helvetica-Bold').fontSize(20).text(printable(content.issuer));
  doc.moveDown(0.3).fillColor('black').font('Helvetica').fontSize(14).text(printable(content.title));
  doc.moveDown(1);
  if (content.notice) {
    const top = doc.y;
    doc.rect(56, top, doc.page.width - 112, 30).fillAndStroke('#fde8e8', '#b42318');
    doc
      .fillColor('#b42318')
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(printable(content.notice), 66, top + 9, { width: doc.page.width - 132 });
    doc.fillColor('black').moveDown(1.5);
  }
  for (const row of content.rows) {
    const top = doc.y;
    doc.font('Helvetica-Bold').fontSize(11).text(printable(row.label), 56, top, { width: 160 });
    doc.font('Helvetica').text(printable(row.value), 226, top, { width: doc.page.width - 282 });
    doc.moveDown(0.6);
  }
  doc
    .moveDown(2)
    .fontSize(9)
    .fillColor('#555555')
    .text(printable(content.footer), 56, doc.y, { width: doc.page.width - 112 });
  doc.end();
  return done;
}

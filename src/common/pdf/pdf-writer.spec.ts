import { PdfWriter } from './pdf-writer.js';

const NAMES = ['Łukasz Şahin', 'Jörg Weiß', 'Ольга Коваленко', 'محمد الأحمد', 'فاطمه نوروزی', '王小明'];

async function textItems(pdf: Buffer) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '');
    return { width: page.view[2], items: items as { str: string; transform: number[]; width: number }[] };
  } finally {
    await task.destroy();
  }
}

describe('PDF writer', () => {
  it('writes names in every script so that a PDF reader gets them back', async () => {
    const { pdfText } = await import('../../../test/support/pdf-text.js');
    for (const language of ['de', 'ar', 'zh']) {
      const pdf = PdfWriter.create({ language, size: 'A4', margin: 56, title: NAMES.join(', ') });
      for (const name of NAMES) pdf.flow(name, { size: 12, weight: 'bold' });
      pdf.flow(NAMES.join(' · '), { size: 10 });
      const bytes = await pdf.end();
      const text = await pdfText(bytes);
      for (const name of NAMES) expect(text.split('\n')).toContain(name);
      // Subsets of the embedded fonts only, no standard font: a few kilobytes per script.
      expect(bytes.length).toBeLessThan(40_000);
      expect(bytes.toString('latin1')).not.toContain('/Helvetica');
    }
  });

  it('mirrors the layout for right-to-left languages: boxes from the right, text aligned right', async () => {
    const rtl = PdfWriter.create({ language: 'ar', size: 'A4', margin: 56, title: 'x' });
    const ltr = PdfWriter.create({ language: 'de', size: 'A4', margin: 56, title: 'x' });
    expect(rtl.direction).toBe('rtl');
    expect(rtl.left(56, 100)).toBeCloseTo(rtl.pageWidth - 156);
    expect(ltr.left(56, 100)).toBe(56);

    rtl.flow('محمد الأحمد', { size: 12 });
    rtl.text('4498 7654 3210', { start: 56, top: 200, width: 300 }, { size: 12, direction: 'ltr' });
    const { width, items } = await textItems(await rtl.end());
    for (const item of items) expect(item.transform[4] + item.width).toBeCloseTo(width - 56, 0);
    expect(items.map((item) => item.str)).toContain('4498 7654 3210');
  });

  it('continues in another language with its direction (the translation after the German text)', () => {
    const pdf = PdfWriter.create({ language: 'de', size: 'A4', margin: 56, title: 'x' });
    expect(pdf.comma).toBe(', ');
    pdf.useLanguage('fa');
    expect(pdf.direction).toBe('rtl');
    expect(pdf.comma).toBe('، ');
    expect(pdf.layout('سلام', 100, { size: 10 }).direction).toBe('rtl');
  });
});

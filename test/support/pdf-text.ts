import { createRequire } from 'node:module';
import path from 'node:path';
import bidiModule from 'bidi-js';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(require.resolve('pdfjs-dist/package.json'));
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const LTR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}]/gu;
type BidiFactory = typeof bidiModule.default;
const bidi = ((bidiModule as unknown as { default?: BidiFactory }).default ?? (bidiModule as unknown as BidiFactory))();

interface Item {
  str: string;
  dir: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The direction a line was written in: from its letters when they are of one kind; otherwise from
 * the side it hangs on (a right-to-left line ends at its right edge and leaves the gap on the left),
 * and from the larger kind of letters when both sides are alike.
 */
function lineDirection(items: Item[], pageWidth: number): 'ltr' | 'rtl' {
  const text = items.map((item) => item.str).join('');
  const rtl = text.match(RTL)?.length ?? 0;
  const ltr = text.match(LTR)?.length ?? 0;
  if (ltr === 0) return 'rtl';
  if (rtl === 0) return 'ltr';
  const left = Math.min(...items.map((item) => item.x));
  const right = pageWidth - Math.max(...items.map((item) => item.x + item.width));
  if (Math.abs(left - right) > pageWidth * 0.1) return right < left ? 'rtl' : 'ltr';
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * One line in reading order: the items left to right give what the page shows (pdf.js hands
 * right-to-left items over reversed, so they are turned back), with a space where the layout left a
 * gap; the Unicode bidi algorithm then turns that visual order into the logical one.
 */
function joinLine(items: Item[], pageWidth: number): string {
  const ordered = [...items].sort((a, b) => a.x - b.x);
  let visual = '';
  ordered.forEach((item, index) => {
    const text = item.dir === 'rtl' ? [...item.str].reverse().join('') : item.str;
    const before = ordered[index - 1];
    if (before && item.x - (before.x + before.width) > item.height * 0.2 && !/\s$/.test(visual) && !/^\s/.test(text)) visual += ' ';
    visual += text;
  });
  if (!visual.match(RTL)) return visual;
  return bidi.getReorderedString(visual, bidi.getEmbeddingLevels(visual, lineDirection(items, pageWidth)));
}

/**
 * The text of a PDF as a reader sees it, extracted with pdf.js (the legacy build for Node): one line
 * per line of the page, in reading order. pdf.js maps glyphs back to characters through the fonts'
 * ToUnicode maps; each line is put into logical order with the Unicode bidi algorithm, so Arabic
 * and Persian read as they were written (see `joinLine`).
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(pdf),
    // For PDFs with the 14 standard fonts (ours embed theirs); pdf.js in Node reads a directory path.
    standardFontDataUrl: path.join(PDFJS_ROOT, 'standard_fonts') + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const lines: { y: number; items: Item[] }[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const item: Item = {
          str: raw.str,
          dir: raw.dir,
          x: raw.transform[4],
          y: raw.transform[5],
          width: raw.width,
          height: raw.height || Math.abs(raw.transform[3]),
        };
        const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < Math.max(1, item.height * 0.3));
        if (line) line.items.push(item);
        else lines.push({ y: item.y, items: [item] });
      }
      pages.push(
        lines
          .sort((a, b) => b.y - a.y)
          .map((line) => joinLine(line.items, page.view[2] - page.view[0]))
          .join('\n'),
      );
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

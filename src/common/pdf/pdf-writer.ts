import PDFDocument from 'pdfkit';
import { intlLocale, languageDirection, languageInfo } from '../../../packages/shared/src/languages.js';
import { LTR_RUN, RTL_RUN, type FontWeight } from './pdf-fonts.js';
import { layoutText, type LaidOutText } from './text-layout.js';

export interface PdfWriterOptions {
  /** The language the document is written in (a catalogue code): its direction mirrors the layout. */
  language: string;
  size: 'A4' | [number, number];
  margin: number;
  title: string;
  author?: string;
  /** `false` keeps the content streams readable (for debugging). */
  compress?: boolean;
}

export interface TextOptions {
  size: number;
  weight?: FontWeight;
  color?: string;
  /** `start` is left in a left-to-right document and right in a right-to-left one. */
  align?: 'start' | 'end' | 'center';
  /**
   * Paragraph direction when it is not the document's: `auto` for data (names, addresses, company
   * names: their first letter decides), `ltr` for a card number. Alignment still follows the document.
   */
  direction?: 'ltr' | 'rtl' | 'auto';
  lineHeight?: number;
  /** A text wider than its box is made smaller (down to this size) before it wraps, e.g. a long name on the card. */
  shrinkTo?: number;
}

/** A box in the document's own direction: `start` is measured from the left edge in ltr and from the right edge in rtl. */
export interface Box {
  start: number;
  top: number;
  width: number;
}

/**
 * A PDF written in one language, with Unicode fonts (Noto Sans, Noto Sans Arabic, Noto Sans SC,
 * embedded as subsets), bidi and shaping, and a layout that mirrors for right-to-left languages.
 * Every PDF producer draws its text through this class, never with pdfkit's `text()` directly.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  /** The language of the text being written (a section may change it) and its direction. */
  language: string;
  direction: 'ltr' | 'rtl';
  /** The flow cursor: top of the next block for documents that run from top to bottom. */
  y: number;
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfWriterOptions) {
    this.language = options.language;
    this.direction = languageDirection(options.language);
    this.doc = new PDFDocument({
      size: options.size,
      margin: options.margin,
      compress: options.compress ?? true,
      lang: intlLocale(options.language),
      displayTitle: true,
      info: { Title: options.title, ...(options.author ? { Author: options.author } : {}), Producer: 'Bochum e-Residency' },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.y = options.margin;
  }

  /** The comma that separates parts of a line in the current language ("، " in Arabic script, "，" in Chinese). */
  get comma(): string {
    const script = languageInfo(this.language)?.script;
    return script === 'arabic' ? '، ' : script === 'han' ? '，' : ', ';
  }

  static create(options: PdfWriterOptions): PdfWriter {
    return new PdfWriter(options);
  }

  /** Continues in another language (e.g. the translation after the German text): later text and boxes follow its direction. */
  useLanguage(language: string): void {
    this.language = language;
    this.direction = languageDirection(language);
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }

  get pageHeight(): number {
    return this.doc.page.height;
  }

  get margin(): number {
    return this.options.margin;
  }

  /** Width between the margins. */
  get contentWidth(): number {
    return this.pageWidth - 2 * this.margin;
  }

  /** The left edge of a box given from the start side. */
  left(start: number, width: number): number {
    return this.direction === 'rtl' ? this.pageWidth - start - width : start;
  }

  addPage(size?: [number, number]): void {
    this.doc.addPage(size ? { size, margin: this.options.margin } : { margin: this.options.margin });
    this.y = this.margin;
  }

  layout(text: string, width: number, options: TextOptions): LaidOutText {
    const style = {
      size: options.size,
      weight: options.weight,
      direction: options.direction ?? this.direction,
      lineHeight: options.lineHeight,
    };
    let laidOut = layoutText(text, width, style);
    if (options.shrinkTo !== undefined && (laidOut.lines.length > 1 || laidOut.width > width)) {
      const natural = layoutText(text, Number.POSITIVE_INFINITY, style).width;
      const size = Math.max(options.shrinkTo, (options.size * width) / natural);
      laidOut = layoutText(text, width, { ...style, size });
    }
    return laidOut;
  }

  /** Draws a text into a box; returns its height. Does not move the flow cursor. */
  text(text: string, box: Box, options: TextOptions): number {
    const laidOut = this.layout(text, box.width, options);
    this.draw(laidOut, box, options);
    return laidOut.height;
  }

  /** Draws laid-out lines from the box's top, aligned within the box. */
  draw(laidOut: LaidOutText, box: Box, options: Pick<TextOptions, 'color' | 'align'> = {}): void {
    const left = this.left(box.start, box.width);
    laidOut.lines.forEach((_line, index) => this.drawLine(laidOut, index, left, box.width, box.top + index * laidOut.lineHeight, options));
  }

  /**
   * Flowing text at the cursor across the content width (or the given part of it); a line that
   * does not fit on the page starts a new one.
   */
  flow(text: string, options: TextOptions & { start?: number; width?: number; spaceAfter?: number }): void {
    const start = options.start ?? this.margin;
    const width = options.width ?? this.pageWidth - this.margin - start;
    const laidOut = this.layout(text, width, options);
    const left = this.left(start, width);
    laidOut.lines.forEach((_line, index) => {
      if (this.y + laidOut.lineHeight > this.pageHeight - this.margin && this.y > this.margin) this.addPage();
      this.drawLine(laidOut, index, left, width, this.y, options);
      this.y += laidOut.lineHeight;
    });
    this.y += options.spaceAfter ?? 0;
  }

  /** A label and its value side by side (label at the start side), kept together on one page. */
  pair(
    label: string,
    value: string,
    options: { labelWidth: number; gap: number; label: TextOptions; value: TextOptions; spaceAfter?: number },
  ): void {
    const valueWidth = this.contentWidth - options.labelWidth - options.gap;
    const labelText = this.layout(label, options.labelWidth, options.label);
    const valueText = this.layout(value, valueWidth, options.value);
    const height = Math.max(labelText.height, valueText.height);
    if (this.y + height > this.pageHeight - this.margin && this.y > this.margin) this.addPage();
    this.draw(labelText, { start: this.margin, top: this.y, width: options.labelWidth }, options.label);
    this.draw(valueText, { start: this.margin + options.labelWidth + options.gap, top: this.y, width: valueWidth }, options.value);
    this.y += height + (options.spaceAfter ?? 0);
  }

  /** Vertical space in the flow. */
  moveDown(points: number): void {
    this.y += points;
  }

  /** A filled rectangle given from the start side. */
  rect(box: Box & { height: number }, fill: string, stroke?: string): void {
    this.doc.rect(this.left(box.start, box.width), box.top, box.width, box.height);
    if (stroke) this.doc.fillAndStroke(fill, stroke);
    else this.doc.fill(fill);
  }

  /** An image given from the start side. */
  image(source: Buffer, box: Box & { height: number }): void {
    this.doc.image(source, this.left(box.start, box.width), box.top, { width: box.width, height: box.height });
  }

  end(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }

  private drawLine(
    laidOut: LaidOutText,
    index: number,
    left: number,
    width: number,
    top: number,
    options: Pick<TextOptions, 'color' | 'align'>,
  ): void {
    const line = laidOut.lines[index];
    if (line.runs.length === 0) return;
    const align = options.align ?? 'start';
    const atRight = (align === 'start' && this.direction === 'rtl') || (align === 'end' && this.direction === 'ltr');
    let x = align === 'center' ? left + (width - line.width) / 2 : atRight ? left + width - line.width : left;
    const baseline = top + laidOut.ascent;
    this.doc.fillColor(options.color ?? '#000000');
    for (const run of line.runs) {
      this.doc.font(run.face.pdfKitFont as unknown as PDFKit.Mixins.PDFFontSource, run.face.key).fontSize(laidOut.size);
      this.doc.text(run.text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        features: (run.rtl ? RTL_RUN : LTR_RUN) as unknown as PDFKit.Mixins.OpenTypeFeatures[],
      });
      x += run.width;
    }
  }
}

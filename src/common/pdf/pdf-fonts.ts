import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woffToSfnt } from './woff.js';

export type FontWeight = 'regular' | 'bold';

const WEIGHT_FILE: Record<FontWeight, number> = { regular: 400, bold: 700 };
const require = createRequire(import.meta.url);

/**
 * The fonts of every PDF, in the order in which they are asked for a character: Noto Sans for Latin,
 * Cyrillic and Greek, Noto Sans Arabic (Arabic and Persian), then the slices of Noto Sans SC
 * (Chinese), and symbols last. Fontsource ships each as unicode-range subsets; its `unicode.json`
 * says which code points a subset holds, so a file is read only when a text needs it. The WOFF (1)
 * files, unpacked to plain OpenType once (see woff.ts), not WOFF2: fontkit reads WOFF2 but cannot
 * subset its transformed `glyf` table (composite glyphs such as "Ä" make pdfkit fail).
 */
const FAMILIES: readonly { pkg: string; subsets: readonly string[] | 'numbered' }[] = [
  { pkg: '@fontsource/noto-sans', subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] },
  { pkg: '@fontsource/noto-sans-arabic', subsets: ['arabic'] },
  { pkg: '@fontsource/noto-sans-sc', subsets: 'numbered' },
  { pkg: '@fontsource/noto-sans-arabic', subsets: ['symbols', 'math'] },
];

/** Characters no font has, drawn as a look-alike that one has (Intl uses narrow spaces in French dates). */
export const SUBSTITUTES: Readonly<Record<number, string>> = {
  0x202f: '\u00a0', // narrow no-break space
  0x2007: '\u00a0', // figure space
  0x2011: '-', // non-breaking hyphen
};

type Range = readonly [number, number];

function parseUnicodeRange(value: string): Range[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from, to] = part.split('-').map((hex) => parseInt(hex, 16));
      return [from, to ?? from] as const;
    })
    .sort((a, b) => a[0] - b[0]);
}

/** The mapping of a glyph that stands for no character of its own (a dot or hamza split off by the font): WORD JOINER, invisible and skipped by text extraction. */
const NO_CHARACTER = [0x2060];

/** A glyph as pdfkit receives it: the id names one glyph drawn for one sequence of characters. */
interface PdfGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface Shaped {
  run: fontkit.GlyphRun;
  pdfGlyphs: PdfGlyph[];
}

/**
 * A font file of one subset and weight; read and parsed on first use, then kept for the process.
 *
 * Text extraction needs the characters behind every drawn glyph (the PDF's ToUnicode map). Noto Sans
 * Arabic draws letters as shared skeletons plus dots (medial ب, ت and ن are one glyph), so a glyph id
 * alone does not say which letter it is. The face therefore shapes with the characters of each glyph
 * instance and gives pdfkit one id per (glyph, characters) pair; the subset holds the glyph once per pair.
 */
export class PdfFace {
  private loaded: fontkit.Font | null = null;
  private shaper: fontkit.Font | null = null;
  private forPdfKit: fontkit.Font | null = null;
  private readonly shapes = new Map<string, Shaped>();
  private readonly pairIds = new Map<string, number>();
  /** Real glyph id of every pair id (index = pair id; 0 is .notdef). */
  private readonly pairGlyphs: number[] = [0];

  constructor(
    /** Unique per file, e.g. `noto-sans-latin-ext-700`; also part of the font's name in the PDF. */
    readonly key: string,
    private readonly file: string,
    private readonly ranges: readonly Range[],
  ) {}

  get font(): fontkit.Font {
    if (!this.loaded) {
      const font = fontkit.create(woffToSfnt(readFileSync(this.file)));
      // Shaping goes through a view whose glyphs carry the characters of their instance (fontkit
      // otherwise hands out one cached glyph per id with the characters of its first use).
      const shaper = Object.create(font) as fontkit.Font & { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph };
      const getGlyph = (font as unknown as { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph }).getGlyph.bind(font);
      Object.defineProperty(shaper, 'getGlyph', {
        value: (id: number, codePoints: number[] = []) => Object.create(getGlyph(id), { codePoints: { value: [...codePoints] } }),
      });
      this.loaded = font;
      this.shaper = shaper;
    }
    return this.loaded;
  }

  private get shapingFont(): fontkit.Font {
    return this.shaper ?? (this.font && this.shaper!);
  }

  get isLoaded(): boolean {
    return this.loaded !== null;
  }

  /** Whether the subset's unicode-range names the code point (no file is read). */
  covers(codePoint: number): boolean {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [from, to] = this.ranges[middle];
      if (codePoint < from) high = middle - 1;
      else if (codePoint > to) low = middle + 1;
      else return true;
    }
    return false;
  }

  has(codePoint: number): boolean {
    return this.covers(codePoint) && this.font.hasGlyphForCodePoint(codePoint);
  }

  /** Shapes a run (OpenType substitution and positioning, e.g. Arabic joining); glyphs come out in visual order. */
  shape(text: string, rtl: boolean): fontkit.GlyphRun {
    return this.shaped(text, rtl).run;
  }

  /** Advance width of a run in points at the given size. */
  width(text: string, rtl: boolean, size: number): number {
    return (this.shape(text, rtl).advanceWidth * size) / this.font.unitsPerEm;
  }

  private shaped(text: string, rtl: boolean): Shaped {
    const key = `${rtl ? 'r' : 'l'}${text}`;
    let shaped = this.shapes.get(key);
    if (!shaped) {
      const run = this.shapingFont.layout(text, [], undefined, undefined, rtl ? 'rtl' : 'ltr');
      const pdfGlyphs = run.glyphs.map((glyph) => ({
        id: this.pairId(glyph),
        codePoints: glyph.codePoints.length ? glyph.codePoints : NO_CHARACTER,
        advanceWidth: glyph.advanceWidth,
      }));
      shaped = { run, pdfGlyphs };
      if (this.shapes.size >= 4000) this.shapes.clear();
      this.shapes.set(key, shaped);
    }
    return shaped;
  }

  private pairId(glyph: fontkit.Glyph): number {
    const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.pairGlyphs.length;
      this.pairGlyphs.push(glyph.id);
      this.pairIds.set(key, id);
    }
    return id;
  }

  /**
   * The font as pdfkit embeds it (a subset per document). pdfkit lays text out again when it draws;
   * this view answers with the run shaped here, in the direction the layout decided (pdfkit would
   * shape every word on its own and guess the direction from the script), with pair ids as glyph ids.
   */
  get pdfKitFont(): fontkit.Font {
    if (!this.forPdfKit) {
      const font = this.font;
      const view = Object.create(font) as fontkit.Font;
      Object.defineProperty(view, 'postscriptName', { value: `${font.postscriptName}-${this.key}` });
      Object.defineProperty(view, 'layout', {
        value: (text: string, features?: unknown) => copyOfRun(this.shaped(text, isRtlRequest(features))),
      });
      Object.defineProperty(view, 'createSubset', { value: () => new PairSubset(font, this.pairGlyphs) });
      this.forPdfKit = view;
    }
    return this.forPdfKit;
  }
}

/** A TrueType subset addressed by pair ids: each pair gets its own glyph index (and so its own ToUnicode entry). */
class PairSubset {
  private readonly subset: { glyphs: number[]; encode(): Uint8Array };
  private readonly indices = new Map<number, number>([[0, 0]]);

  constructor(
    font: fontkit.Font,
    private readonly pairGlyphs: readonly number[],
  ) {
    this.subset = (font as unknown as { createSubset(): PairSubset['subset'] }).createSubset();
  }

  /** pdfkit checks this to embed CFF outlines; the Noto WOFF files are TrueType. */
  readonly cff = undefined;

  includeGlyph(glyph: number | { id: number }): number {
    const pair = typeof glyph === 'object' ? glyph.id : glyph;
    let index = this.indices.get(pair);
    if (index === undefined) {
      this.subset.glyphs.push(this.pairGlyphs[pair]);
      index = this.subset.glyphs.length - 1;
      this.indices.set(pair, index);
    }
    return index;
  }

  encode(): Uint8Array {
    return this.subset.encode();
  }
}

/** What the PDF writer passes as pdfkit's `features` so that the font view knows the run's direction. */
export const RTL_RUN = Object.freeze({ direction: 'rtl' });
export const LTR_RUN = Object.freeze({ direction: 'ltr' });

function isRtlRequest(features: unknown): boolean {
  return typeof features === 'object' && features !== null && (features as { direction?: string }).direction === 'rtl';
}

/** pdfkit scales a run's positions in place; it gets a copy so the cached run stays as shaped. */
function copyOfRun({ run, pdfGlyphs }: Shaped): fontkit.GlyphRun {
  const positions = run.positions.map((position) => ({ ...position }));
  return {
    glyphs: pdfGlyphs as fontkit.Glyph[],
    positions,
    direction: run.direction,
    script: run.script,
    get advanceWidth() {
      return positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
  };
}

function isLetter(character: string): boolean {
  return /\p{L}/u.test(character);
}

/** The font faces of both weights; a face's file is read when a text first needs one of its characters. */
export class FontLibrary {
  private faces: Record<FontWeight, PdfFace[]> | null = null;
  private readonly choices: Record<FontWeight, Map<number, PdfFace | null>> = { regular: new Map(), bold: new Map() };

  private all(weight: FontWeight): PdfFace[] {
    if (!this.faces) {
      const build = (w: FontWeight) =>
        FAMILIES.flatMap(({ pkg, subsets }) => {
          const root = path.dirname(require.resolve(`${pkg}/package.json`));
          const ranges = JSON.parse(readFileSync(path.join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
          const names =
            subsets === 'numbered'
              ? Object.keys(ranges)
                  .filter((name) => /^\[\d+\]$/.test(name))
                  .sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10))
              : subsets;
          const family = path.basename(pkg);
          return names.map((name) => {
            const subset = name.replace(/[[\]]/g, '');
            const file = path.join(root, 'files', `${family}-${subset}-${WEIGHT_FILE[w]}-normal.woff`);
            return new PdfFace(`${family}-${subset}-${WEIGHT_FILE[w]}`, file, parseUnicodeRange(ranges[name]));
          });
        });
      this.faces = { regular: build('regular'), bold: build('bold') };
    }
    return this.faces[weight];
  }

  /** Noto Sans (Latin): the face of a document's default metrics and of characters no font has. */
  primary(weight: FontWeight): PdfFace {
    return this.all(weight)[0];
  }

  /**
   * The face that draws a character. Letters take the first face in the fallback order that has a
   * glyph; marks, digits, spaces and punctuation stay in the face of the character before them when
   * it has one, so that an Arabic word keeps its marks and its spaces in one shaped run.
   */
  faceFor(codePoint: number, weight: FontWeight, previous: PdfFace | null = null): PdfFace | null {
    if (previous && !isLetter(String.fromCodePoint(codePoint)) && previous.font.hasGlyphForCodePoint(codePoint)) return previous;
    const choices = this.choices[weight];
    if (choices.has(codePoint)) return choices.get(codePoint)!;
    const face = this.all(weight).find((candidate) => candidate.has(codePoint)) ?? null;
    choices.set(codePoint, face);
    return face;
  }

  /** The faces whose files have been read in this process (for tests and diagnostics). */
  loadedFaces(): string[] {
    if (!this.faces) return [];
    return [...this.faces.regular, ...this.faces.bold].filter((face) => face.isLoaded).map((face) => face.key);
  }
}

/** One library per process: each font file is read once, when first needed. */
export const PDF_FONTS = new FontLibrary();

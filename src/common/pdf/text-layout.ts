import bidiModule from 'bidi-js';
import { PDF_FONTS, SUBSTITUTES, type FontLibrary, type FontWeight, type PdfFace } from './pdf-fonts.js';

type BidiFactory = typeof bidiModule.default;
/** bidi-js is CommonJS exporting the factory itself, while its types declare a default export. */
const bidi = ((bidiModule as unknown as { default?: BidiFactory }).default ?? (bidiModule as unknown as BidiFactory))();

/** Noto Sans' vertical metrics (per em): every line has them, whichever scripts it mixes. */
const ASCENT = 1.069;
const DESCENT = 0.293;

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  /**
   * Paragraph direction: the document's for its own wording; `auto` (the first letter outside
   * isolates decides, as HTML's dir="auto") for data such as names, addresses and company names.
   * Numbers, IBANs and codes inside right-to-left text stay left to right either way.
   */
  direction: 'ltr' | 'rtl' | 'auto';
  /** Line height as a multiple of the size; Noto Sans' own (1.362) by default. */
  lineHeight?: number;
}

/** A run of characters in one face and one direction, ready to draw, in visual order. */
export interface PlacedRun {
  face: PdfFace;
  /** The characters in logical order, mirrored where they are right to left (the font shapes and reverses them). */
  text: string;
  rtl: boolean;
  width: number;
}

export interface TextLine {
  runs: PlacedRun[];
  width: number;
}

export interface LaidOutText {
  lines: TextLine[];
  size: number;
  direction: 'ltr' | 'rtl' | 'auto';
  /** Distance from a line's top to its baseline. */
  ascent: number;
  lineHeight: number;
  height: number;
  /** The widest line. */
  width: number;
}

interface Unit {
  /** Code unit index in the paragraph. */
  start: number;
  text: string;
  face: PdfFace;
  level: number;
  space: boolean;
}

/** Bidi formatting characters: they steer the algorithm and are not drawn. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
/** Characters that may not start a line (closing punctuation, CJK full stops and commas). */
const NON_STARTER = /[\p{Pe}\p{Pf}!%),.:;?\]}、。，．：；！？）」』】〕〉》〙〗・ー々]/u;
const OPENER = /[\p{Ps}\p{Pi}([{「『【〔〈《]/u;
const JOINER = /\p{M}|\u200C|\u200D|\p{Variation_Selector}/u;
const EPSILON = 0.01;

function isSpace(character: string): boolean {
  return character === ' ' || character === '\u3000';
}

/** UAX #14 in miniature: after spaces, around CJK ideographs, after a hyphen inside a word. */
function breakBefore(previous: string, current: string, beforePrevious: string | undefined): boolean {
  if (isSpace(current) || JOINER.test(current)) return false;
  if (isSpace(previous)) return true;
  if ((CJK.test(previous) || CJK.test(current)) && !NON_STARTER.test(current) && !OPENER.test(previous)) return true;
  return (previous === '-' || previous === '/') && beforePrevious !== undefined && /\p{L}/u.test(beforePrevious) && /\p{L}/u.test(current);
}

/** Width of units [from, to) shaped as runs of one face and one direction. */
function measure(units: readonly Unit[], from: number, to: number, size: number): number {
  let width = 0;
  for (const run of runsOf(units, from, to)) width += run.face.width(run.text, run.rtl, size);
  return width;
}

function runsOf(units: readonly Unit[], from: number, to: number): { face: PdfFace; text: string; rtl: boolean; level: number }[] {
  const runs: { face: PdfFace; text: string; rtl: boolean; level: number }[] = [];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    const last = runs[runs.length - 1];
    if (last && last.face === unit.face && last.level === unit.level) last.text += unit.text;
    else runs.push({ face: unit.face, text: unit.text, rtl: unit.level % 2 === 1, level: unit.level });
  }
  return runs;
}

/** UAX #9 rule L2 on whole runs: from the highest level down to the lowest odd one, reverse every sequence at or above it. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  if (runs.length < 2) return runs;
  const ordered = [...runs];
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level)) | 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let index = 0; index < ordered.length;) {
      if (ordered[index].level < level) {
        index++;
        continue;
      }
      let end = index;
      while (end < ordered.length && ordered[end].level >= level) end++;
      ordered.splice(index, end - index, ...ordered.slice(index, end).reverse());
      index = end;
    }
  }
  return ordered;
}

/** Splits a paragraph into drawable units: a face per character (font fallback) and a bidi level. */
function unitsOf(paragraph: string, direction: 'ltr' | 'rtl' | 'auto', weight: FontWeight, fonts: FontLibrary): Unit[] {
  const { levels } = bidi.getEmbeddingLevels(paragraph, direction === 'auto' ? undefined : direction);
  const units: Unit[] = [];
  let previous: PdfFace | null = null;
  for (let index = 0; index < paragraph.length;) {
    const codePoint = paragraph.codePointAt(index)!;
    let character = String.fromCodePoint(codePoint);
    const start = index;
    index += character.length;
    if (BIDI_CONTROL.test(character)) continue;
    if (character === '\t') character = ' ';
    const level = levels[start];
    if (level % 2 === 1) character = bidi.getMirroredCharacter(character) ?? character;
    let face = fonts.faceFor(character.codePointAt(0)!, weight, previous);
    if (!face && SUBSTITUTES[codePoint]) {
      character = SUBSTITUTES[codePoint];
      face = fonts.faceFor(character.codePointAt(0)!, weight, previous);
    }
    face ??= previous ?? fonts.primary(weight);
    units.push({ start, text: character, face, level, space: isSpace(character) });
    previous = face;
  }
  return units;
}

/** Line ranges [from, to) of units that fit the width, breaking at the opportunities, words longer than a line by grapheme. */
function breakLines(paragraph: string, units: Unit[], width: number, size: number): [number, number][] {
  if (units.length === 0) return [[0, 0]];
  const atoms: [number, number][] = [];
  let atomStart = 0;
  for (let index = 1; index < units.length; index++) {
    if (breakBefore(units[index - 1].text, units[index].text, units[index - 2]?.text)) {
      atoms.push([atomStart, index]);
      atomStart = index;
    }
  }
  atoms.push([atomStart, units.length]);

  const lines: [number, number][] = [];
  let lineStart = 0;
  let lineWidth = 0;
  for (const [from, to] of atoms) {
    let contentEnd = to;
    while (contentEnd > from && units[contentEnd - 1].space) contentEnd--;
    const content = measure(units, from, contentEnd, size);
    if (lineStart < from && lineWidth + content > width + EPSILON) {
      lines.push([lineStart, from]);
      lineStart = from;
      lineWidth = 0;
    }
    if (lineStart === from && content > width + EPSILON) {
      // A word longer than the line (an e-mail address, a long name): broken between graphemes.
      const graphemeStarts = new Set(
        [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(paragraph)].map((s) => s.index),
      );
      let pieceStart = from;
      for (let index = from + 1; index < contentEnd; index++) {
        if (!graphemeStarts.has(units[index].start)) continue;
        if (measure(units, pieceStart, index + 1, size) > width + EPSILON && index > pieceStart) {
          lines.push([pieceStart, index]);
          pieceStart = index;
        }
      }
      lineStart = pieceStart;
      lineWidth = measure(units, pieceStart, to, size);
      continue;
    }
    lineWidth += content + measure(units, contentEnd, to, size);
  }
  lines.push([lineStart, units.length]);
  return lines;
}

/**
 * Lays a text out for a PDF: paragraphs at `\n`, the Unicode bidi algorithm per paragraph (so that
 * Arabic and Persian read right to left while numbers, IBANs, e-mail addresses and codes inside stay
 * left to right), a font per run of characters (Latin, Cyrillic, Greek, Arabic, Chinese), OpenType
 * shaping per run, and lines no wider than `width`, each with its runs in visual order.
 */
export function layoutText(text: string, width: number, style: TextStyle, fonts: FontLibrary = PDF_FONTS): LaidOutText {
  const weight = style.weight ?? 'regular';
  const lines: TextLine[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const units = unitsOf(paragraph, style.direction, weight, fonts);
    for (const [from, end] of breakLines(paragraph, units, width, style.size)) {
      let to = end;
      while (to > from && units[to - 1].space) to--;
      const runs = visualOrder(runsOf(units, from, to)).map(({ face, text: runText, rtl }) => ({
        face,
        text: runText,
        rtl,
        width: face.width(runText, rtl, style.size),
      }));
      lines.push({ runs, width: runs.reduce((sum, run) => sum + run.width, 0) });
    }
  }
  const lineHeight = style.size * (style.lineHeight ?? ASCENT + DESCENT);
  return {
    lines,
    size: style.size,
    direction: style.direction,
    ascent: style.size * ASCENT + (lineHeight - style.size * (ASCENT + DESCENT)) / 2,
    lineHeight,
    height: lines.length * lineHeight,
    width: Math.max(0, ...lines.map((line) => line.width)),
  };
}

/** The visual string of a laid-out text (what a reader sees left to right), for tests and logs. */
export function visualText(laidOut: LaidOutText): string[] {
  return laidOut.lines.map((line) => line.runs.map((run) => (run.rtl ? [...run.text].reverse().join('') : run.text)).join(''));
}

/**
 * Wraps a value from elsewhere (a name, an address) that goes into a sentence in a bidi isolate
 * (FSI … PDI): it takes the direction of its own first letter and leaves the sentence's order alone.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

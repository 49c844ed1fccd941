import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FontLibrary, PDF_FONTS, SUBSTITUTES } from './pdf-fonts.js';
import { woffToSfnt } from './woff.js';

const cp = (character: string) => character.codePointAt(0)!;

describe('PDF fonts', () => {
  it('picks the face per script: Latin, Latin Extended, Cyrillic, Arabic, and the Chinese slice that holds the glyph', () => {
    const key = (character: string, weight: 'regular' | 'bold' = 'regular') => PDF_FONTS.faceFor(cp(character), weight)?.key;
    expect(key('a')).toBe('noto-sans-latin-400');
    expect(key('Ł')).toBe('noto-sans-latin-ext-400');
    expect(key('Ş', 'bold')).toBe('noto-sans-latin-ext-700');
    expect(key('О')).toBe('noto-sans-cyrillic-400');
    expect(key('م')).toBe('noto-sans-arabic-arabic-400');
    expect(key('پ')).toBe('noto-sans-arabic-arabic-400');
    expect(key('王')).toBe('noto-sans-sc-116-400');
    expect(key('明', 'bold')).toMatch(/^noto-sans-sc-\d+-700$/);
    for (const character of ['王', '小', '明', '，'])
      expect(PDF_FONTS.faceFor(cp(character), 'regular')!.font.hasGlyphForCodePoint(cp(character))).toBe(true);
  });

  it('reads a font file only when a text needs one of its characters, and each file once', () => {
    const fonts = new FontLibrary();
    expect(fonts.loadedFaces()).toEqual([]);
    const first = fonts.faceFor(cp('王'), 'regular')!;
    expect(fonts.loadedFaces()).toEqual(['noto-sans-sc-116-400']);
    expect(fonts.faceFor(cp('王'), 'regular')).toBe(first);
    expect(first.font).toBe(first.font);
  });

  it('keeps spaces, digits and marks in the face of the letter before them, but not letters of another script', () => {
    const arabic = PDF_FONTS.faceFor(cp('م'), 'regular')!;
    expect(PDF_FONTS.faceFor(cp(' '), 'regular', arabic)).toBe(arabic);
    expect(PDF_FONTS.faceFor(0x064e, 'regular', arabic)).toBe(arabic); // fatha
    expect(PDF_FONTS.faceFor(0x200c, 'regular', arabic)).toBe(arabic); // ZWNJ in Persian words
    expect(PDF_FONTS.faceFor(cp('a'), 'regular', arabic)?.key).toBe('noto-sans-latin-400');
  });

  it('has no face for a character none of the fonts draws; the layout substitutes a look-alike', () => {
    expect(PDF_FONTS.faceFor(0x202f, 'regular')).toBeNull();
    expect(PDF_FONTS.faceFor(cp(SUBSTITUTES[0x202f]), 'regular')?.key).toBe('noto-sans-latin-400');
  });

  it('shapes Arabic: joined forms in visual order, each glyph with the letter it stands for', () => {
    const face = PDF_FONTS.faceFor(cp('ب'), 'regular')!;
    const isolated = face.shape('ب', true).glyphs[0].id;
    const run = face.shape('بنت', true);
    // Visual order: the last letter (ت, final form) comes first from the left.
    const letters = run.glyphs.filter((glyph) => glyph.codePoints.length > 0);
    expect(letters.map((glyph) => glyph.codePoints[0])).toEqual([cp('ت'), cp('ن'), cp('ب')]);
    expect(letters[2].id).not.toBe(isolated); // initial form, joined to the next letter
    // Medial ن and initial ب share a skeleton in Noto Sans Arabic; the instance still knows its letter.
    expect(
      face
        .shape('نبن', true)
        .glyphs.filter((glyph) => glyph.codePoints.length > 0)
        .map((glyph) => glyph.codePoints[0]),
    ).toEqual([cp('ن'), cp('ب'), cp('ن')]);
  });

  it('unpacks a WOFF file into the same font as plain OpenType', () => {
    const woff = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const [packed, plain] = [fontkit.create(woff), fontkit.create(sfnt)];
    expect(plain.postscriptName).toBe(packed.postscriptName);
    for (const text of ['Łukasz Şahin', 'Ążę']) {
      const [a, b] = [packed.layout(text), plain.layout(text)];
      expect(b.glyphs.map((glyph) => glyph.id)).toEqual(a.glyphs.map((glyph) => glyph.id));
      expect(b.advanceWidth).toBe(a.advanceWidth);
    }
    expect(() => woffToSfnt(sfnt)).toThrow('not a WOFF font');
  });
});

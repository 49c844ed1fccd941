import { isolate, layoutText, visualText } from './text-layout.js';

const visual = (text: string, direction: 'ltr' | 'rtl' | 'auto', width = 10_000) =>
  visualText(layoutText(text, width, { size: 10, direction }));
const reversed = (text: string) => [...text].reverse().join('');

describe('PDF text layout', () => {
  it('puts Arabic into visual order (right to left) inside a left-to-right line', () => {
    expect(visual('محمد الأحمد', 'ltr')).toEqual([reversed('محمد الأحمد')]);
    expect(visual('Holder: محمد الأحمد (Bochum)', 'ltr')).toEqual([`Holder: ${reversed('محمد الأحمد')} (Bochum)`]);
  });

  it('keeps numbers, IBANs, e-mail addresses and codes left to right inside right-to-left text', () => {
    expect(visual('رقم الحساب DE89 3704 0044 0532 0130 00', 'rtl')).toEqual([`DE89 3704 0044 0532 0130 00 ${reversed('رقم الحساب')}`]);
    expect(visual('البريد test@example.org', 'rtl')).toEqual([`test@example.org ${reversed('البريد')}`]);
    expect(visual('المرجع BO-P-2026-000123-8', 'rtl')).toEqual([`BO-P-2026-000123-8 ${reversed('المرجع')}`]);
    expect(visual('عام 2026', 'rtl')).toEqual([`2026 ${reversed('عام')}`]);
    expect(visual('سال ۱۴۰۳', 'rtl')).toEqual([`۱۴۰۳ ${reversed('سال')}`]);
  });

  it('lets data take the direction of its first letter (auto), skipping isolated names', () => {
    expect(visual('12 Rue de la République', 'rtl')).toEqual(['Rue de la République 12']);
    expect(visual('12 Rue de la République', 'auto')).toEqual(['12 Rue de la République']);
    expect(visual('محمد الأحمد (GmbH)', 'auto')).toEqual([`(GmbH) ${reversed('محمد الأحمد')}`]);
    expect(visual(`${isolate('Łukasz Şahin')}، مواليد`, 'auto')).toEqual([`${reversed('مواليد')} ،Łukasz Şahin`]);
  });

  it('mirrors brackets in right-to-left runs', () => {
    expect(visual('(نسخة)', 'rtl')).toEqual([`(${reversed('نسخة')})`]);
  });

  it('keeps an isolated name together in a sentence of the other direction', () => {
    expect(visual(`${isolate('Łukasz Şahin')}، مواليد 1990`, 'rtl')).toEqual([`1990 ${reversed('مواليد')} ،Łukasz Şahin`]);
    expect(visual(`${isolate('محمد الأحمد')}, born 1990`, 'ltr')).toEqual([`${reversed('محمد الأحمد')}, born 1990`]);
  });

  it('draws no bidi formatting characters and replaces characters no font has', () => {
    const line = layoutText('\u200f15,00\u00a0€\u200e 1\u202f234', 10_000, { size: 10, direction: 'ltr' }).lines[0];
    const text = line.runs.map((run) => run.text).join('');
    expect(text).toBe('15,00\u00a0€ 1\u00a0234');
  });

  it('splits a line into runs by font and direction', () => {
    const runs = layoutText('Łukasz Şahin 王小明 محمد', 10_000, { size: 10, direction: 'ltr' }).lines[0].runs;
    expect(runs.map((run) => [run.face.key, run.text, run.rtl])).toEqual([
      ['noto-sans-latin-ext-400', 'Ł', false],
      ['noto-sans-latin-400', 'ukasz ', false],
      ['noto-sans-latin-ext-400', 'Ş', false],
      ['noto-sans-latin-400', 'ahin ', false],
      ['noto-sans-sc-116-400', '王', false],
      [expect.stringMatching(/^noto-sans-sc-\d+-400$/), '小明 ', false],
      ['noto-sans-arabic-arabic-400', 'محمد', true],
    ]);
  });

  it('breaks lines at spaces within the width, between Chinese characters, and long words between graphemes', () => {
    const words = layoutText('Virtuelle Einwohnerschaft: Studium und Pendeln in Bochum', 120, { size: 10, direction: 'ltr' });
    expect(words.lines.length).toBeGreaterThan(1);
    for (const line of words.lines) expect(line.width).toBeLessThanOrEqual(120.01);
    expect(visualText(words).join(' ')).toBe('Virtuelle Einwohnerschaft: Studium und Pendeln in Bochum');

    const chinese = layoutText('合作机构会扫描此二维码。届时请出示带照片的身份证件。', 60, { size: 10, direction: 'ltr' });
    expect(chinese.lines.length).toBeGreaterThan(2);
    for (const line of visualText(chinese)) expect(line).not.toMatch(/^[。，]/);
    expect(visualText(chinese).join('')).toBe('合作机构会扫描此二维码。届时请出示带照片的身份证件。');

    const address = layoutText('a.very.long.address.for.a.mailbox@example.org', 80, { size: 10, direction: 'ltr' });
    expect(address.lines.length).toBeGreaterThan(1);
    for (const line of address.lines) expect(line.width).toBeLessThanOrEqual(80.01);
    expect(visualText(address).join('')).toBe('a.very.long.address.for.a.mailbox@example.org');
  });

  it('wraps right-to-left text with the first words on the first line', () => {
    const laidOut = layoutText('تمسح المؤسسات الشريكة هذا الرمز ضوئيًا', 90, { size: 10, direction: 'rtl' });
    expect(laidOut.lines.length).toBeGreaterThan(1);
    expect(reversed(visualText(laidOut)[0]).startsWith('تمسح')).toBe(true);
  });

  it('gives every line the same height, paragraphs at line breaks', () => {
    const laidOut = layoutText('one\ntwo\n\nfour', 500, { size: 10, direction: 'ltr' });
    expect(laidOut.lines).toHaveLength(4);
    expect(laidOut.height).toBeCloseTo(4 * laidOut.lineHeight);
    expect(laidOut.lineHeight).toBeCloseTo(13.62);
  });
});

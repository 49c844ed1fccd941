/**
 * The form titles and queries are compared in: lower case, umlauts and ß spelled out (ä → ae,
 * ß → ss, so "Maerkte" finds "Märkte"), other accents removed, punctuation as single spaces.
 */
export function normaliseWz(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Codes as typed ("6201", "62 01 9", "62.01.9") compared without separators. */
export function compactCode(text: string): string {
  return text.replace(/[\s.]/g, '').toUpperCase();
}

/** The same, but umlauts reduced to their base letter (ü → u): for people typing without umlauts. */
export function normaliseWzPlain(text: string): string {
  return normaliseWz(text.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u'));
}

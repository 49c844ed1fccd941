import type { FieldError } from './domain.exception.js';

/**
 * Text that no caller has a reason to send and that breaks what lies behind the edge: NUL (which
 * PostgreSQL refuses in text) and lone UTF-16 surrogates (which cannot be encoded as UTF-8, so
 * `encodeURIComponent`, PostgreSQL and most libraries throw on them).
 */
const MALFORMED_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isMalformedText(value: string): boolean {
  return MALFORMED_TEXT.test(value);
}

const MALFORMED_TEXT_ALL = new RegExp(MALFORMED_TEXT.source, 'g');

export function malformedTextError(field: string): FieldError {
  // The field's own name may be what is malformed (a JSON key): it is echoed back printable.
  return { field: field.replace(MALFORMED_TEXT_ALL, '\uFFFD'), constraint: 'wellFormedText', messageKey: 'validation.malformed_text' };
}

/** Nesting beyond this is not walked (request bodies are size-limited; this bounds the work). */
const MAX_DEPTH = 32;

/**
 * Every string in a parsed request part (params, query, JSON body) that is malformed text, as field
 * errors named by their path (`items.0.name`). Keys are checked as well as values.
 */
export function findMalformedText(value: unknown, path = '', depth = 0, found: FieldError[] = []): FieldError[] {
  if (found.length >= 20 || depth > MAX_DEPTH) return found;
  if (typeof value === 'string') {
    if (isMalformedText(value)) found.push(malformedTextError(path || 'value'));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findMalformedText(item, path ? `${path}.${index}` : String(index), depth + 1, found));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (isMalformedText(key)) found.push(malformedTextError(field));
      findMalformedText(item, field, depth + 1, found);
    }
  }
  return found;
}

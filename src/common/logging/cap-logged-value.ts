import pino from 'pino';

/** The longest string kept in a log entry; the rest is replaced by a note of how much was cut. */
export const MAX_LOGGED_STRING = 2048;
const MAX_LOGGED_ITEMS = 50;
const MAX_LOGGED_DEPTH = 8;

export function capLoggedText(text: string): string {
  return text.length <= MAX_LOGGED_STRING
    ? text
    : `${text.slice(0, MAX_LOGGED_STRING)}…[${text.length - MAX_LOGGED_STRING} more characters]`;
}

/**
 * A copy of a value to log with every string capped at MAX_LOGGED_STRING, lists and objects at
 * MAX_LOGGED_ITEMS entries and nesting at MAX_LOGGED_DEPTH; errors are serialized first (so their
 * message, stack, query parameters… are capped too).
 */
export function capLoggedValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return capLoggedText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Date) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_LOGGED_DEPTH) return '[Object]';
  seen.add(value);
  if (value instanceof Error) return capLoggedValue(pino.stdSerializers.err(value), depth, seen);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LOGGED_ITEMS).map((item) => capLoggedValue(item, depth + 1, seen));
    if (value.length > MAX_LOGGED_ITEMS) items.push(`…[${value.length - MAX_LOGGED_ITEMS} more items]`);
    return items;
  }
  // Objects with their own JSON form (request/response wrappers, ids) are logged as before.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return capLoggedValue((value as { toJSON(): unknown }).toJSON(), depth, seen);
  const entries = Object.entries(value);
  const capped: Record<string, unknown> = {};
  for (const [key, item] of entries.slice(0, MAX_LOGGED_ITEMS)) capped[key] = capLoggedValue(item, depth + 1, seen);
  if (entries.length > MAX_LOGGED_ITEMS) capped['…'] = `[${entries.length - MAX_LOGGED_ITEMS} more keys]`;
  return capped;
}

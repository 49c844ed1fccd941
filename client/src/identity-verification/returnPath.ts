const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A company id from the address, if it looks like one. */
export function companyIdFrom(value: string | null): string | null {
  return value && UUID.test(value) ? value : null;
}

/** A path of this site only (the server checks again). */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value) || value.length > 500) return null;
  return value;
}

/** The company of a journey path such as `/company/<id>/trade-registration`. */
export function companyIdInPath(path: string | null): string | null {
  const match = path ? /^\/company\/([^/?#]+)/.exec(path) : null;
  return match ? companyIdFrom(match[1]) : null;
}

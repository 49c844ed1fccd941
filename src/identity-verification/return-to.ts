/**
 * A client path to come back to after an identification: only paths of this site
 * (no scheme, no host, no `//` or `\` tricks), at most 500 characters.
 */
export function sanitiseReturnTo(returnTo: string | null | undefined, publicUrl: string): string | null | undefined {
  if (returnTo === undefined || returnTo === null || returnTo === '') return null;
  if (returnTo.length > 500 || !returnTo.startsWith('/') || returnTo.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(returnTo))
    return undefined;
  const base = new URL(publicUrl);
  let parsed: URL;
  try {
    parsed = new URL(returnTo, base);
  } catch {
    return undefined;
  }
  if (parsed.origin !== base.origin) return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Adds `name=value` to a client path's query. */
export function withQuery(path: string, params: Record<string, string>): string {
  const url = new URL(path, 'http://client.invalid');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

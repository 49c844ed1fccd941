/**
 * The `lng` query parameter of a request URL, if any: an explicit language choice for this request
 * (REST, HTML pages and GraphQL alike, e.g. `POST /graphql?lng=fr`). Not validated here: the
 * translator matches it against the supported languages and ignores anything else.
 */
export function lngParameter(url: string | undefined): string | undefined {
  const start = url?.indexOf('?') ?? -1;
  if (!url || start < 0) return undefined;
  const value = new URLSearchParams(url.slice(start + 1, start + 2001)).get('lng');
  return value ? value.slice(0, 35) : undefined;
}

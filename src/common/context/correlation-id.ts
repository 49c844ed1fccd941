import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;
const assigned = new WeakMap<IncomingMessage, string>();

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when well-formed, else a new UUID.
 * Memoised per request, so the logger and the request context agree; echoed in the response.
 */
export function correlationIdOf(request: IncomingMessage, response?: ServerResponse): string {
  let id = assigned.get(request);
  if (!id) {
    const offered = request.headers[CORRELATION_HEADER];
    id = typeof offered === 'string' && ACCEPTABLE.test(offered) ? offered : randomUUID();
    assigned.set(request, id);
  }
  if (response && !response.headersSent && !response.hasHeader(CORRELATION_HEADER)) {
    response.setHeader(CORRELATION_HEADER, id);
  }
  return id;
}

import request from 'supertest';
import type { TestApp } from './test-app.js';

export interface GraphqlError {
  message: string;
  extensions: {
    code: string;
    reason?: string;
    details?: { field: string; constraint: string; message: string }[];
    retryAfterSeconds?: number;
    correlationId?: string;
  };
}

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
  headers: Record<string, string | string[] | undefined>;
  /** The refresh cookie set by the response, if any ("" when cleared). */
  refreshCookie?: string;
}

export interface GraphqlOptions {
  token?: string;
  language?: string;
  refreshCookie?: string;
  /** Sent as X-Correlation-Id (8–64 of A–Z, a–z, 0–9, `.`, `_`, `-`). */
  correlationId?: string;
  /** A self-service terminal's device secret (X-Kiosk-Device), as the kiosk sends it with every request. */
  terminal?: string;
}

/** Posts one GraphQL operation as the client does (JSON, so it passes CSRF prevention). */
export async function graphql<T = Record<string, any>>(
  target: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlOptions = {},
): Promise<GraphqlResponse<T>> {
  let call = request(target.http).post('/graphql').set('content-type', 'application/json');
  if (options.token) call = call.set('authorization', `Bearer ${options.token}`);
  if (options.language) call = call.set('accept-language', options.language);
  if (options.refreshCookie !== undefined) call = call.set('cookie', `bo_refresh=${options.refreshCookie}`);
  if (options.correlationId) call = call.set('x-correlation-id', options.correlationId);
  if (options.terminal !== undefined) call = call.set('x-kiosk-device', options.terminal);
  const response = await call.send({ query, variables });
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const refresh = setCookie.find((cookie) => cookie.startsWith('bo_refresh='));
  return {
    status: response.status,
    data: response.body.data ?? null,
    errors: response.body.errors,
    headers: response.headers,
    refreshCookie: refresh ? decodeURIComponent(refresh.split(';')[0].slice('bo_refresh='.length)) : undefined,
  };
}

export const ACCOUNT_FIELDS = 'id email emailVerified preferredLanguage roles assuranceLevel createdAt';

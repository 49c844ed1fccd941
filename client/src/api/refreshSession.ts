import { print } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { appErrorFromGraphQL, type AppError } from './appError';
import { REFRESH_SESSION } from '../identity/operations';
import type { AuthPayload } from '../identity/operations';
import { currentLanguage } from '../i18n/i18n';

export type RefreshOutcome = { kind: 'refreshed'; payload: AuthPayload } | { kind: 'signedOut' } | { kind: 'failed'; error: AppError };

const REFRESH_QUERY = print(REFRESH_SESSION);
let inFlight: Promise<RefreshOutcome> | undefined;

async function requestRefresh(): Promise<RefreshOutcome> {
  let body: { data?: { refreshSession?: AuthPayload } | null; errors?: GraphQLFormattedError[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': currentLanguage(),
      },
      body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_QUERY, variables: {} }),
    });
    body = await response.json();
  } catch {
    return { kind: 'failed', error: { code: 'NETWORK', details: [] } };
  }
  const payload = body.data?.refreshSession;
  if (payload) return { kind: 'refreshed', payload };
  const error = appErrorFromGraphQL(body.errors ?? []);
  // UNAUTHENTICATED here only means: there is no valid refresh cookie, i.e. signed out.
  return error.code === 'UNAUTHENTICATED' ? { kind: 'signedOut' } : { kind: 'failed', error };
}

/**
 * Calls the refreshSession mutation. Concurrent callers share one request, because the
 * server rotates the refresh cookie and a second parallel call would present a stale one.
 * It uses fetch directly (not Apollo) so the Apollo error link can call it without recursion.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  inFlight ??= requestRefresh().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

import { appErrorFromGraphQL, RestError } from './appError';
import { refreshSession } from './refreshSession';
import { currentLanguage } from '../i18n/i18n';
import { getAccessToken, signIn, signOut } from '../auth/sessionStore';

/** Thrown by the REST helpers: the same shape as GraphQL errors, so ErrorAlert shows it. */
/**
 * Calls a REST endpoint of the API with the in-memory access token (refreshing it once when it
 * has expired), and turns an error answer `{ error: { code, message, reason, details } }` into an AppError.
 */
export async function authorizedFetch(path: string, init: RequestInit = {}, retried = false): Promise<Response> {
  const token = getAccessToken();
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { ...(init.headers ?? {}), 'Accept-Language': currentLanguage(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new RestError({ code: 'NETWORK', details: [] });
  }
  if (response.status === 401 && !retried) {
    const outcome = await refreshSession();
    if (outcome.kind === 'refreshed') {
      signIn(outcome.payload);
      return authorizedFetch(path, init, true);
    }
    if (outcome.kind === 'signedOut') signOut(true);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; reason?: string; details?: unknown };
      correlationId?: string;
    } | null;
    const error = body?.error;
    throw new RestError(
      error
        ? appErrorFromGraphQL([{ message: error.message ?? '', extensions: { ...error, correlationId: body?.correlationId } }])
        : { code: 'INTERNAL', details: [], correlationId: response.headers.get('x-correlation-id') ?? undefined },
    );
  }
  return response;
}

/** Downloads a protected file and opens it (or saves it) through a temporary object URL. */
export async function openProtectedFile(path: string, fileName: string): Promise<void> {
  const blob = await (await authorizedFetch(path)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Staff: records a letter for a mailbox at `path`, with its scan when the holder chose scanning (multipart). */
export async function postLetter<T>(
  path: string,
  fields: { allocationId: string; sender: string; receivedOn: string },
  scan: File | null,
): Promise<T> {
  const body = new FormData();
  body.append('allocationId', fields.allocationId);
  body.append('sender', fields.sender);
  body.append('receivedOn', fields.receivedOn);
  if (scan) body.append('scan', scan, scan.name);
  const response = await authorizedFetch(path, { method: 'POST', body });
  return (await response.json()) as T;
}

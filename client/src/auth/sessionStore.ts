import type { Account, AuthPayload } from '../identity/operations';

/**
 * The signed-in session, held in memory only. The access token is never written to
 * localStorage or sessionStorage; after a reload the session is restored through the
 * httpOnly refresh cookie (see restoreSession).
 */
export type Session =
  { status: 'restoring' } | { status: 'signedOut'; expired: boolean } | { status: 'signedIn'; accessToken: string; account: Account };

let session: Session = { status: 'restoring' };
const listeners = new Set<() => void>();

function publish(next: Session): void {
  session = next;
  listeners.forEach((listener) => listener());
}

export function getSession(): Session {
  return session;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAccessToken(): string | undefined {
  return session.status === 'signedIn' ? session.accessToken : undefined;
}

export function signIn(payload: AuthPayload): void {
  publish({ status: 'signedIn', accessToken: payload.accessToken, account: payload.account });
}

export function updateAccount(account: Account): void {
  if (session.status === 'signedIn') publish({ ...session, account });
}

/** @param expired true when the server ended the session (shown as a hint on the login page). */
export function signOut(expired = false): void {
  publish({ status: 'signedOut', expired });
}

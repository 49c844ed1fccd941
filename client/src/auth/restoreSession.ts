import { refreshSession } from '../api/refreshSession';
import { getSession, signIn, signOut } from './sessionStore';

let started = false;

/** On app start: ask the server once whether the refresh cookie still holds a session. */
export function restoreSessionOnce(): void {
  if (started) return;
  started = true;
  void refreshSession().then((outcome) => {
    // Someone may have logged in while we were waiting; do not overwrite that.
    if (getSession().status !== 'restoring') return;
    if (outcome.kind === 'refreshed') signIn(outcome.payload);
    else signOut();
  });
}

import { refreshSession } from '../api/refreshSession';
import { signIn } from './sessionStore';

/** After a role was granted (company representative, venue operator) a fresh token carries it. */
export async function refreshRoles(): Promise<void> {
  const outcome = await refreshSession();
  if (outcome.kind === 'refreshed') signIn(outcome.payload);
}

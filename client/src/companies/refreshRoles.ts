import { refreshSession } from '../api/refreshSession';
import { signIn } from '../auth/sessionStore';

/** After becoming a representative the account has the company_rep role; a fresh token carries it. */
export async function refreshRoles(): Promise<void> {
  const outcome = await refreshSession();
  if (outcome.kind === 'refreshed') signIn(outcome.payload);
}

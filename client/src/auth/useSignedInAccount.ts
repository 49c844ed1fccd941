import type { Account } from '../identity/operations';
import { useSession } from './useSession';

/** The signed-in account. Only for components rendered inside <RequireAuth>. */
export function useSignedInAccount(): Account {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useSignedInAccount used outside <RequireAuth>');
  return session.account;
}

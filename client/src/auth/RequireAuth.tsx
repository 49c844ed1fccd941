import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useSession } from './useSession';

/** Renders its children only when signed in; otherwise sends the person to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'restoring') return <LoadingIndicator />;
  if (session.status === 'signedOut') {
    // Slashes stay readable in the query: /login?next=/account
    const next = encodeURIComponent(location.pathname + location.search).replace(/%2F/gi, '/');
    return <Navigate to={`/login?next=${next}`} replace state={{ reason: session.expired ? 'sessionExpired' : 'signInRequired' }} />;
  }
  return children;
}

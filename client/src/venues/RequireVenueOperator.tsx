import type { ReactNode } from 'react';
import { RequireAuth } from '../auth/RequireAuth';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { NoAccessPage } from '../pages/NoAccessPage';

function OperatorOnly({ children }: { children: ReactNode }) {
  const account = useSignedInAccount();
  return account.roles.includes('venue_operator') ? children : <NoAccessPage />;
}

/** The venue area: signed-in venue operators only. */
export function RequireVenueOperator({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <OperatorOnly>{children}</OperatorOnly>
    </RequireAuth>
  );
}

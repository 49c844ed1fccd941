import type { ReactNode } from 'react';
import type { Role } from '../identity/operations';
import { NoAccessPage } from '../pages/NoAccessPage';
import { RequireAuth } from './RequireAuth';
import { useSignedInAccount } from './useSignedInAccount';

function RolesOnly({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const account = useSignedInAccount();
  return account.roles.some((role) => roles.includes(role)) ? children : <NoAccessPage />;
}

/** Signed-out people go to login; signed-in people without one of `roles` see "no access" (the server decides again). */
export function RequireAnyRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <RequireAuth>
      <RolesOnly roles={roles}>{children}</RolesOnly>
    </RequireAuth>
  );
}

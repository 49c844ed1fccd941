import type { ReactNode } from 'react';
import { NoAccessPage } from '../pages/NoAccessPage';
import { RequireAuth } from './RequireAuth';
import { isStaff } from './roles';
import { useSignedInAccount } from './useSignedInAccount';

function StaffOnly({ children }: { children: ReactNode }) {
  const account = useSignedInAccount();
  return isStaff(account.roles) ? children : <NoAccessPage />;
}

/** Signed-out people go to login; signed-in people without a staff role see "no access". */
export function RequireStaff({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <StaffOnly>{children}</StaffOnly>
    </RequireAuth>
  );
}

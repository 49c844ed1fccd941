import type { ReactNode } from 'react';
import { RequireAuth } from '../auth/RequireAuth';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { NoAccessPage } from '../pages/NoAccessPage';
import { isCommunicationStaff } from './communicationRoles';

function CommunicationStaffOnly({ children }: { children: ReactNode }) {
  const account = useSignedInAccount();
  return isCommunicationStaff(account.roles) ? children : <NoAccessPage />;
}

/** The participation back office: signed-in communication staff and administrators only. */
export function RequireCommunicationStaff({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <CommunicationStaffOnly>{children}</CommunicationStaffOnly>
    </RequireAuth>
  );
}

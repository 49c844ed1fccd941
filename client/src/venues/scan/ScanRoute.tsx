import { useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { useSession } from '../../auth/useSession';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { NoAccessPage } from '../../pages/NoAccessPage';
import { ScanPage } from './ScanPage';
import { scanStore } from './scanStore';

/**
 * The scan page for venue operators. Without network the session cannot be restored, so a device
 * that already keeps the keys and status list opens the page anyway and verifies locally.
 */
export function ScanRoute() {
  const session = useSession();
  const [stored, setStored] = useState<boolean>();

  useEffect(() => {
    scanStore.trust().then(
      (trust) => setStored(Boolean(trust)),
      () => setStored(false),
    );
  }, []);

  if (session.status === 'restoring' || stored === undefined) return <LoadingIndicator />;
  if (session.status === 'signedIn') return session.account.roles.includes('venue_operator') ? <ScanPage /> : <NoAccessPage />;
  if (stored && !navigator.onLine) return <ScanPage />;
  return <Navigate to="/login?next=/venue/scan" replace />;
}

import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { apolloClient } from '../api/apolloClient';
import { toAppError } from '../api/appError';
import { provideTerminalSecret } from '../api/terminalSecret';
import { Alert } from '../components/Alert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { createKioskRouter } from './kioskRouter';
import { KioskSettingsContext } from './kioskSettings';
import { KIOSK_TERMINAL } from './operations';
import { addressHasDeviceSecret, getDeviceSecret, takeDeviceSecretFromAddress, terminalContext } from './terminal';
import { clearLeftovers, wipeEverything } from './wipe';
import './kiosk.css';

/** The terminal tells the server it is there (staff see "last seen"), and learns whether it was disabled. */
const HEARTBEAT_MS = 5 * 60_000;

function OutOfService({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('kiosk');
  return (
    <main className="kiosk-main stack" data-testid="kiosk-out-of-service">
      <h1 className="kern-heading-large">{t('outOfService.title')}</h1>
      <Alert variant="warning" role="alert" title={disabled ? t('outOfService.disabled') : t('outOfService.unknown')} />
    </main>
  );
}

function KioskTerminal() {
  const { data, error } = useQuery(KIOSK_TERMINAL, { context: terminalContext(), pollInterval: HEARTBEAT_MS, fetchPolicy: 'network-only' });
  const router = useMemo(createKioskRouter, []);
  const refusal = error ? toAppError(error).reason : undefined;
  if (refusal === 'KIOSK_DEVICE_DISABLED' || refusal === 'KIOSK_DEVICE_UNKNOWN')
    return <OutOfService disabled={refusal === 'KIOSK_DEVICE_DISABLED'} />;
  if (!data) return error ? <OutOfService disabled={false} /> : <LoadingIndicator />;
  return (
    <KioskSettingsContext.Provider value={data.kioskTerminal}>
      <RouterProvider router={router} />
    </KioskSettingsContext.Provider>
  );
}

/** Self-service terminal mode (/kiosk): its own router and frame; starts by clearing what a crash may have left. */
export function KioskApp() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    document.documentElement.classList.add('kiosk-mode');
    provideTerminalSecret(getDeviceSecret);
    void clearLeftovers().finally(() => setReady(true));
    // The enrolment link opened again on a running terminal (only its fragment changes, so the browser
    // keeps this document): the terminal starts anew for the next person, with that link's device.
    const restartOnEnrolmentLink = () => {
      if (!addressHasDeviceSecret()) return;
      takeDeviceSecretFromAddress();
      void wipeEverything();
    };
    window.addEventListener('hashchange', restartOnEnrolmentLink);
    return () => window.removeEventListener('hashchange', restartOnEnrolmentLink);
  }, []);
  return <ApolloProvider client={apolloClient}>{ready ? <KioskTerminal /> : <LoadingIndicator />}</ApolloProvider>;
}

import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useCallInProgress } from '../consultations/callInProgress';
import { HandoverPanel } from './HandoverPanel';
import { IdleWarningDialog } from './IdleWarningDialog';
import { useKioskSettings } from './kioskSettings';
import { useIdleWipe } from './useIdleWipe';
import { wipeEverything } from './wipe';

const MAIN_ID = 'kiosk-main';

/** Focus the new page's heading after each step, as a full page load would. */
function useFocusHeadingOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>(`#${MAIN_ID} h1`);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);
}

/**
 * The frame of every kiosk step: the terminal's name, "language" and "finish" (wipe at once), the
 * step, the hand-over to a phone, and the idle warning. Runs in a memory router: the browser's
 * history never gets an entry of the person.
 */
export function KioskLayout() {
  const { t } = useTranslation('kiosk');
  const settings = useKioskSettings();
  const { pathname } = useLocation();
  const [wiping, setWiping] = useState(false);
  useFocusHeadingOnNavigation(pathname);

  const wipe = useCallback(() => {
    setWiping(true);
    void wipeEverything();
  }, []);
  // The start page with its language choice holds nothing of anyone: no countdown there; nor during a call with staff.
  const inCall = useCallInProgress();
  const idle = useIdleWipe(settings.idleSeconds, settings.warningSeconds, pathname !== '/kiosk' && !wiping && !inCall, wipe);

  if (wiping) {
    return (
      <main id={MAIN_ID} className="kiosk-main" data-testid="kiosk-wiping">
        <LoadingIndicator label={t('wiping')} />
      </main>
    );
  }
  return (
    <div className="kiosk-frame">
      <header className="kiosk-header">
        <p className="kiosk-terminal-name">{t('terminal', { name: settings.name })}</p>
        {pathname !== '/kiosk' && (
          <nav className="kiosk-actions" aria-label={t('actions.label')}>
            <Link className="kern-btn kern-btn--tertiary kiosk-big-button" to="/kiosk/menu">
              <span className="kern-label">{t('actions.menu')}</span>
            </Link>
            <Link className="kern-btn kern-btn--tertiary kiosk-big-button" to="/kiosk">
              <span className="kern-label">{t('actions.language')}</span>
            </Link>
            <button type="button" className="kern-btn kern-btn--secondary kiosk-big-button" onClick={wipe} data-testid="kiosk-finish">
              <span className="kern-label">{t('actions.finish')}</span>
            </button>
          </nav>
        )}
      </header>
      <main id={MAIN_ID} className="kiosk-main stack" tabIndex={-1}>
        <Suspense fallback={<LoadingIndicator />}>
          <Outlet />
        </Suspense>
      </main>
      {pathname !== '/kiosk' && (
        <aside className="kiosk-aside">
          <HandoverPanel />
        </aside>
      )}
      {idle.secondsLeft !== undefined && <IdleWarningDialog secondsLeft={idle.secondsLeft} onContinue={idle.stillHere} />}
    </div>
  );
}

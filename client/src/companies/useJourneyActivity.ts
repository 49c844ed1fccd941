import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { RECORD_JOURNEY_ACTIVITY } from './operations';

const HEARTBEAT_MS = 15_000;
const IDLE_AFTER_MS = 60_000;
const PRE_COMPANY_KEY = 'bo.journey.preCompanySeconds';
const PRE_COMPANY_CAP_SECONDS = 2 * 60 * 60;

function storedPreCompanySeconds(): number {
  try {
    const value = Number(window.sessionStorage.getItem(PRE_COMPANY_KEY) ?? '0');
    return Number.isFinite(value) && value > 0 ? Math.min(value, PRE_COMPANY_CAP_SECONDS) : 0;
  } catch {
    return 0;
  }
}

function storePreCompanySeconds(seconds: number): void {
  try {
    if (seconds > 0) window.sessionStorage.setItem(PRE_COMPANY_KEY, String(Math.round(seconds)));
    else window.sessionStorage.removeItem(PRE_COMPANY_KEY);
  } catch {
    // Private mode without storage: the time before the company is simply not carried over.
  }
}

/** Active seconds spent before the company existed, to send along with createCompany. */
export function takePreCompanySeconds(): number {
  return storedPreCompanySeconds();
}

/** Forget the pre-company time once the server has it. */
export function clearPreCompanySeconds(): void {
  storePreCompanySeconds(0);
}

/**
 * Reports the person's active time on a journey page: every 15 s while the page is visible and
 * the person interacted within the last minute. Without a company yet (`null`), the active time
 * is kept in the browser and sent with the first heartbeat of the company (the server caps it).
 * Returns the elapsed active seconds the server last reported (null until the first answer).
 * `disabled` (e.g. staff looking at a company's journey) sends nothing.
 */
export function useJourneyActivity(companyId: string | null, options: { disabled?: boolean } = {}): number | null {
  const disabled = options.disabled ?? false;
  const [record] = useMutation(RECORD_JOURNEY_ACTIVITY);
  const [elapsedSeconds, setElapsedSeconds] = useState<number | null>(null);
  const lastInteraction = useRef(Date.now());
  const lastLocalTick = useRef(Date.now());

  useEffect(() => {
    const markActive = () => {
      lastInteraction.current = Date.now();
    };
    const events = ['pointerdown', 'keydown', 'scroll', 'touchstart', 'mousemove'] as const;
    events.forEach((event) => window.addEventListener(event, markActive, { passive: true }));
    return () => events.forEach((event) => window.removeEventListener(event, markActive));
  }, []);

  useEffect(() => {
    if (disabled) return undefined;
    let cancelled = false;
    const isActive = () => document.visibilityState === 'visible' && Date.now() - lastInteraction.current <= IDLE_AFTER_MS;

    const beat = async () => {
      if (!isActive()) {
        lastLocalTick.current = Date.now();
        return;
      }
      if (!companyId) {
        const now = Date.now();
        const delta = Math.min((now - lastLocalTick.current) / 1000, HEARTBEAT_MS / 1000);
        lastLocalTick.current = now;
        storePreCompanySeconds(storedPreCompanySeconds() + delta);
        return;
      }
      const preCompanySeconds = storedPreCompanySeconds();
      try {
        const result = await record({
          variables: { input: { companyId, preCompanySeconds: preCompanySeconds > 0 ? Math.round(preCompanySeconds) : null } },
        });
        if (preCompanySeconds > 0) clearPreCompanySeconds();
        if (!cancelled && result.data) setElapsedSeconds(result.data.recordJourneyActivity.elapsedSeconds);
      } catch {
        // A missed heartbeat only loses a few seconds of credit.
      }
    };

    lastLocalTick.current = Date.now();
    void beat();
    const timer = window.setInterval(() => void beat(), HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') lastInteraction.current = Date.now();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [companyId, record, disabled]);

  return elapsedSeconds;
}

import { useEffect, useRef } from 'react';
import { useLiveStatus, type LiveStatus } from './liveStatus';

export interface Pollable {
  startPolling(intervalMs: number): void;
  stopPolling(): void;
  /** Asked once when live updates come (back) after this component began, for what was missed meanwhile. */
  refetch?: () => unknown;
}

/**
 * Graceful fallback for a query that a subscription keeps current: it polls every `intervalMs` only
 * while live updates are down (or `subscriptionFailed`: this page's subscription was refused or ended),
 * and stops when they are live (after one catch-up read when they became live while the component was
 * showing, if `refetch` is given; subscriptions with a catch-up event need none). `intervalMs` 0: no polling.
 */
export function usePollingFallback({ startPolling, stopPolling, refetch }: Pollable, intervalMs: number, subscriptionFailed = false): void {
  const status = useLiveStatus();
  const previous = useRef<LiveStatus>(status);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if ((status === 'down' || subscriptionFailed) && intervalMs > 0) {
      startPolling(intervalMs);
      return () => stopPolling();
    }
    stopPolling();
    if (status === 'live' && before !== 'live') void Promise.resolve(refetch?.()).catch(() => undefined);
    return undefined;
  }, [status, subscriptionFailed, intervalMs, startPolling, stopPolling, refetch]);
}

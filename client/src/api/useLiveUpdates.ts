import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { usePollingFallback, type Pollable } from './usePollingFallback';

/** After the server refused or ended this page's subscription (the socket still up): subscribe again after this pause. */
const RESUBSCRIBE_AFTER_MS = 15_000;

interface LiveUpdatesOptions<TData, TVariables> {
  variables: TVariables;
  skip?: boolean;
  /** Each event, the first included (sent once the subscription is registered: the catch-up read). */
  onData?: (data: TData) => void;
}

/**
 * Keeps a page current through a subscription with catch-up (LiveSubscription.catchUp on the server):
 * its first event comes once the subscription is registered, so what happened between the page's own
 * query and that moment is not lost; each event's result is written into the cache (and given to
 * `onData`). While live updates are down, or this subscription failed (it is retried after a pause),
 * `fallback` polls every `pollMs` instead (0: no polling, e.g. nothing to wait for).
 */
export function useLiveUpdates<TData, TVariables extends OperationVariables>(
  subscription: TypedDocumentNode<TData, TVariables>,
  { variables, skip = false, onData }: LiveUpdatesOptions<TData, TVariables>,
  fallback: Pollable,
  pollMs: number,
): void {
  const [failed, setFailed] = useState(false);
  const latest = useRef(onData);
  useEffect(() => {
    latest.current = onData;
  });
  const options = {
    variables,
    skip,
    ignoreResults: true,
    onData: ({ data }: { data: { data?: TData | null } }) => {
      setFailed(false);
      if (data.data) latest.current?.(data.data);
    },
    onError: () => setFailed(true),
    onComplete: () => setFailed(true),
  } as unknown as useSubscription.Options<TData, TVariables>;
  const { restart } = useSubscription(subscription, options);
  useEffect(() => {
    if (!failed || skip) return undefined;
    const timer = setTimeout(() => restart(), RESUBSCRIBE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [failed, skip, restart]);
  usePollingFallback(fallback, skip ? 0 : pollMs, failed && !skip);
}

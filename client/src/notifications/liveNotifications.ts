import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { NotificationsChangedSubscription } from '../gql/graphql';
import { NOTIFICATIONS_CHANGED } from './operations';

export type NotificationsUpdate = NotificationsChangedSubscription['notificationsChanged'];
type Listener = (update: NotificationsUpdate) => void;
type ApolloClientInstance = ReturnType<typeof useApolloClient>;

const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 60_000;

const listeners = new Set<Listener>();
let subscription: { unsubscribe(): void } | undefined;
/** The subscription's latest event: set once the server has registered it (its first event), until it ends. */
let latest: NotificationsUpdate | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelayMs = FIRST_RETRY_MS;

function ensureSubscribed(client: ApolloClientInstance): void {
  if (subscription) return;
  subscription = client.subscribe({ query: NOTIFICATIONS_CHANGED }).subscribe({
    next: ({ data }) => {
      retryDelayMs = FIRST_RETRY_MS;
      if (!data) return;
      latest = data.notificationsChanged;
      for (const listener of [...listeners]) listener(data.notificationsChanged);
    },
    error: () => ended(client),
    complete: () => ended(client),
  });
}

/**
 * Ended by the server or refused, also for good (a close code graphql-ws does not retry): while
 * someone listens, subscribe again after a growing pause; they poll meanwhile (usePollingFallback).
 */
function ended(client: ApolloClientInstance): void {
  subscription = undefined;
  latest = undefined;
  if (listeners.size === 0 || retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (listeners.size > 0) ensureSubscribed(client);
  }, retryDelayMs);
  retryDelayMs = Math.min(retryDelayMs * 2, LAST_RETRY_MS);
}

/**
 * Calls `listener` with each change of the signed-in account's notifications, as it happens. All
 * listeners of the tab share one subscription (the bell, pages waiting for something that comes
 * with a notification: an issued card, a letter); while live updates are down they poll instead
 * (usePollingFallback). Every listener's first update is a `resync`, also when it joins a
 * subscription the server registered long ago: what its page read before it listened may already
 * be out of date (a card issued while the page rendered), and the page reads again on it.
 */
export function useNotificationsChanged(listener: Listener): void {
  const client = useApolloClient();
  const current = useRef(listener);
  useEffect(() => {
    current.current = listener;
  });
  useEffect(() => {
    const forward: Listener = (update) => current.current(update);
    listeners.add(forward);
    ensureSubscribed(client);
    if (latest) {
      const catchUp: NotificationsUpdate = { ...latest, notification: null, resync: true };
      queueMicrotask(() => {
        if (listeners.has(forward)) forward(catchUp);
      });
    }
    return () => {
      listeners.delete(forward);
      if (listeners.size > 0) return;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      subscription?.unsubscribe();
      subscription = undefined;
      latest = undefined;
    };
  }, [client]);
}

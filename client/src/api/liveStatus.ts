import { useSyncExternalStore } from 'react';

/**
 * Whether live updates (GraphQL subscriptions over graphql-ws) reach this page: `connecting` until the
 * first socket is up or has failed, `live` while one is, `down` while it is closed and retrying with
 * backoff. Pages poll as before only while `down` (usePollingFallback).
 */
export type LiveStatus = 'connecting' | 'live' | 'down';

let status: LiveStatus = 'connecting';
const listeners = new Set<() => void>();

export function getLiveStatus(): LiveStatus {
  return status;
}

export function setLiveStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  listeners.forEach((listener) => listener());
}

function subscribeToLiveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeToLiveStatus, getLiveStatus, getLiveStatus);
}

import { useSyncExternalStore } from 'react';

/**
 * Whether this tab is in a call (the room page, someone connected or connecting). A self-service
 * terminal does not count idle time meanwhile: nobody touches the screen while talking to staff.
 */
let inCall = false;
const listeners = new Set<() => void>();

export function setCallInProgress(value: boolean): void {
  if (inCall === value) return;
  inCall = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCallInProgress(): boolean {
  return useSyncExternalStore(subscribe, () => inCall);
}

/**
 * The terminal's device secret, read once from the enrolment link's fragment (`/kiosk#device=…`) and
 * then held in this module's memory only: it is taken out of the address bar at once, never written to
 * a cookie or storage, and sent with the terminal's own requests in the X-Kiosk-Device header.
 */
const DEVICE_PARAMETER = 'device';
export const KIOSK_DEVICE_HEADER = 'X-Kiosk-Device';
export const KIOSK_PATH = '/kiosk';

let deviceSecret: string | undefined;

export function isKioskAddress(pathname = window.location.pathname): boolean {
  return pathname === KIOSK_PATH || pathname.startsWith(`${KIOSK_PATH}/`);
}

/** Whether the address carries an enrolment link's device secret (`#device=…`). */
export function addressHasDeviceSecret(): boolean {
  return new URLSearchParams(window.location.hash.slice(1)).has(DEVICE_PARAMETER);
}

/** Reads the device secret from the address and removes it from there (no new history entry). */
export function takeDeviceSecretFromAddress(): void {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  deviceSecret = fragment.get(DEVICE_PARAMETER) ?? undefined;
  window.history.replaceState(null, '', KIOSK_PATH);
}

export function getDeviceSecret(): string | undefined {
  return deviceSecret;
}

/** The request context of a terminal's own operations (Apollo merges these headers). */
export function terminalContext(): { headers: Record<string, string> } {
  return { headers: deviceSecret ? { [KIOSK_DEVICE_HEADER]: deviceSecret } : {} };
}

/** A fresh start page of this terminal: another query string, so the browser loads a new document. */
export function freshStartAddress(): string {
  const fragment = deviceSecret ? `#${DEVICE_PARAMETER}=${encodeURIComponent(deviceSecret)}` : '';
  return `${KIOSK_PATH}?start=${Date.now().toString(36)}${fragment}`;
}

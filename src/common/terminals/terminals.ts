/** A self-service terminal recognised by its device secret (the kiosk domain enrols and disables them). */
export interface Terminal {
  deviceId: string;
  name: string;
  location: string;
}

/** The header a terminal's browser sends its device secret in (kept in memory there, never stored). */
export const TERMINAL_DEVICE_HEADER = 'x-kiosk-device';

/** The key of a terminal's device secret in a graphql-ws `connection_init` payload. */
export const TERMINAL_CONNECTION_PARAM = 'kioskDevice';

/**
 * The port through which other parts of the platform recognise a terminal (implemented by the kiosk
 * domain): a terminal may act on its own where a person without an account uses it, e.g. "call staff".
 */
export abstract class Terminals {
  /** The enabled terminal presenting `secret`; unknown or disabled: a DomainException (KIOSK_DEVICE_UNKNOWN, KIOSK_DEVICE_DISABLED). */
  abstract authenticate(secret: string | undefined): Promise<Terminal>;
  /** Whether the terminal is still enabled (a live subscription of a terminal ends once staff disable it). */
  abstract stillEnabled(deviceId: string): Promise<boolean>;
  /** The terminal's name and place (e.g. for staff talking to someone at it); null when it no longer exists. */
  abstract describe(deviceId: string): Promise<Terminal | null>;
}

/** The terminal's device secret of a request (HTTP, or a subscription's socket), if it sent one. */
export function terminalSecretOf(request: { headers: Record<string, unknown> }): string | undefined {
  const value = request.headers[TERMINAL_DEVICE_HEADER];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}

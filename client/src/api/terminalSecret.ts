/**
 * A self-service terminal's device secret (kiosk mode only; held in the kiosk's memory): sent with every
 * request (X-Kiosk-Device) and, while nobody is signed in at the terminal, on the live socket, so that the
 * terminal itself may do what needs no account there (e.g. call staff).
 */
let provider: () => string | undefined = () => undefined;

export function provideTerminalSecret(get: () => string | undefined): void {
  provider = get;
}

export function terminalSecret(): string | undefined {
  return provider();
}

import type { Caller } from '../common/auth/access.decorators.js';

/**
 * The id a caller has in a room and on the signalling bus: the account id, or `terminal-<device id>` for a
 * self-service terminal where nobody signed in (the two can never be equal: an account id is a bare UUID).
 */
export function participantIdOf(caller: Caller): string {
  return caller.actor ? caller.actor.accountId : terminalParticipantId(caller.terminal.deviceId);
}

export function terminalParticipantId(deviceId: string): string {
  return `terminal-${deviceId}`;
}

/** The caller's two possible identities as query parameters (the other one null). */
export function callerColumnsOf(caller: Caller): { accountId: string | null; kioskDeviceId: string | null } {
  return caller.actor
    ? { accountId: caller.actor.accountId, kioskDeviceId: null }
    : { accountId: null, kioskDeviceId: caller.terminal.deviceId };
}

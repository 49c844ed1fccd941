import type { FastifyReply } from 'fastify';

/** Binds a started eID login to the browser that started it (the callback must come from there). */
export const EID_STATE_COOKIE = 'bo_eid_state';
export const EID_STATE_COOKIE_PATH = '/api/identity/eid';

export function setEidStateCookie(reply: FastifyReply, state: string, expiresAt: Date, secure: boolean): void {
  // Lax: the eID service sends the browser back with a top-level GET from its own site.
  void reply.setCookie(EID_STATE_COOKIE, state, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: EID_STATE_COOKIE_PATH,
    expires: expiresAt,
  });
}

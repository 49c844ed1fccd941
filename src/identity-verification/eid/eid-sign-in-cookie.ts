import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The ticket that continues a first eID sign-in (open an account or link one): only in this
 * browser's httpOnly cookie, sent to the GraphQL endpoint only.
 */
export const EID_PENDING_COOKIE = 'bo_eid_pending';
const PATH = '/graphql';

export function setEidPendingCookie(reply: FastifyReply, ticket: string, expiresAt: Date, secure: boolean): void {
  void reply.setCookie(EID_PENDING_COOKIE, ticket, { httpOnly: true, sameSite: 'strict', secure, path: PATH, expires: expiresAt });
}

export function clearEidPendingCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(EID_PENDING_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: PATH });
}

export function readEidPendingCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return (header && request.server.parseCookie(header)[EID_PENDING_COOKIE]) || undefined;
}

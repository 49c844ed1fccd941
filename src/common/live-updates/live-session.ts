import type { Actor } from '../auth/actor.js';
import { DomainException } from '../errors/domain.exception.js';
import { ErrorCode } from '../errors/error-code.js';
import type { LiveEvent } from './subscriber-queue.js';

/**
 * The signed-in session behind a GraphQL subscription's socket (src/graphql/live-sockets.ts), in
 * its operation context. Checked before each event the way every HTTP request is checked: after
 * sign-out, a revoked session or a deleted account, nothing more arrives and the socket closes.
 */
export interface LiveSession {
  /** The actor as the database has it now (roles, language), or null when the session has ended. */
  currentActor(): Promise<Actor | null>;
}

export const LIVE_SESSION_KEY = 'liveSession';

/** The socket's session; subscriptions exist only over graphql-ws, so its absence is refused. */
export function liveSessionOf(context: unknown): LiveSession {
  const session = (context as Record<string, unknown> | undefined)?.[LIVE_SESSION_KEY] as LiveSession | undefined;
  if (!session) throw DomainException.unauthenticated();
  return session;
}

/** A gate for LiveUpdates.events: the same account is still signed in; the request's actor is refreshed. */
export function stillSignedIn(session: LiveSession, request: { user?: Actor }): () => Promise<boolean> {
  return async () => {
    const subscriber = request.user?.accountId;
    const actor = await session.currentActor().catch(() => null);
    if (!actor || actor.accountId !== subscriber) return false;
    request.user = actor;
    return true;
  };
}

/**
 * The event a subscription's `resolve` was called with. Over HTTP, Apollo runs a subscription like a
 * query (resolve without an event): subscriptions exist only over graphql-ws, so that is the caller's mistake.
 */
export function requireLiveEvent<T>(event: LiveEvent<T> | undefined): LiveEvent<T> {
  if (event === undefined || event === null) {
    throw new DomainException(ErrorCode.BAD_USER_INPUT, 'bad_request', { reason: 'SUBSCRIPTION_NEEDS_WEBSOCKET' });
  }
  return event;
}

const SUBSCRIPTION_REQUEST = Symbol('subscriptionRequest');

/**
 * Call first in a subscription's `resolve`: each event then runs on a request object of its own (a copy
 * of the subscription's, with the actor `stillSignedIn` refreshed), so request-scoped DataLoaders of
 * the field resolvers read afresh instead of serving the previous event's data.
 */
export function freshRequestPerEvent(context: { req: object }): void {
  const holder = context as { req: object; [SUBSCRIPTION_REQUEST]?: object };
  holder[SUBSCRIPTION_REQUEST] ??= holder.req;
  holder.req = { ...holder[SUBSCRIPTION_REQUEST] };
}

/**
 * The `resolve` of a subscription whose events only say "read again": each event gets a fresh request
 * (freshRequestPerEvent) and `read` runs through the domain's service with the current actor, so the
 * service authorises again on every event.
 */
export function rereadOnEachEvent<TResolver, TArgs, TResult>(
  read: (resolver: TResolver, actor: Actor, args: TArgs) => Promise<TResult>,
): (this: TResolver, event: LiveEvent<unknown> | undefined, args: TArgs, context: { req: { user?: Actor } }) => Promise<TResult> {
  return async function (this: TResolver, event, args, context) {
    requireLiveEvent(event);
    freshRequestPerEvent(context);
    return read(this, context.req.user!, args);
  };
}

/**
 * A gate for LiveUpdates.events: the same account is still signed in and `mayStill` (the check the
 * subscription started with, repeated for the refreshed actor) still holds; else the subscription ends.
 * Call it while the context's request is still the subscription's own.
 */
export function whileSignedInAnd(context: unknown, mayStill: (actor: Actor) => Promise<boolean>): () => Promise<boolean> {
  const request = (context as { req: { user?: Actor } }).req;
  const signedIn = stillSignedIn(liveSessionOf(context), request);
  return async () => (await signedIn()) && (await mayStill(request.user!));
}

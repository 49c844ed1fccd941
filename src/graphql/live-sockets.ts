import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import passport from 'passport';
import type { WebSocket } from 'ws';
import type { Actor } from '../common/auth/actor.js';
import { correlationIdOf } from '../common/context/correlation-id.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { LIVE_SESSION_KEY, type LiveSession } from '../common/live-updates/index.js';
import { TERMINAL_CONNECTION_PARAM, TERMINAL_DEVICE_HEADER, type Terminals } from '../common/terminals/index.js';

/** Sockets one account (or one terminal) may hold in one process (tabs and devices); one more is refused. */
export const MAX_SOCKETS_PER_ACCOUNT = 8;

/**
 * Close codes and reasons (the reason is the stable error code). 4401: no valid session at
 * `connection_init`, or the access token expired (the client renews it and reconnects); 4429: too
 * many sockets; 1013: the session store could not answer (try again later).
 */
export const LIVE_CLOSE = {
  unauthenticated: { code: 4401, reason: 'UNAUTHENTICATED' },
  tooManySockets: { code: 4429, reason: 'RATE_LIMITED' },
  busy: { code: 1013, reason: 'INTERNAL' },
} as const;

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  live?: LiveConnection;
}

interface LiveConnection {
  /** Whose socket it is, for the per-holder limit: the account id, or `terminal:<device id>`. */
  holder: string;
  /** A signed-in account's socket: its bearer token. */
  authorization?: string;
  /** A terminal's socket (nobody signed in at it): its device secret. */
  terminalSecret?: string;
  correlationId: string;
  language: string;
  expiry?: NodeJS.Timeout;
}

type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** Runs the same passport strategy as every HTTP request (JwtStrategy: token, then the session store). */
function authenticate(authorization: string): Promise<Actor | null> {
  return new Promise((resolve, reject) => {
    const request = { headers: { authorization } };
    passport.authenticate('jwt', { session: false }, (error: unknown, actor: Actor | false) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(actor || null);
    })(request, {}, reject);
  });
}

function bearerOf(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' && /^Bearer\s+\S+$/i.test(value) && value.length <= 4096 ? value : undefined;
}

/** Seconds since the epoch when the (already verified) access token expires. */
function expiryOf(authorization: string): number {
  const payload = authorization.split(/\s+/)[1]?.split('.')[1] ?? '';
  const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
  return typeof exp === 'number' ? exp : 0;
}

function terminalSecretOf(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.[TERMINAL_CONNECTION_PARAM];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}

function close(socket: WebSocket, { code, reason }: { code: number; reason: string }): void {
  if (socket.readyState === socket.OPEN) socket.close(code, reason);
}

/**
 * graphql-ws on the app's own port and path (/graphql). The socket is authenticated in
 * `connection_init` with the same bearer access token as HTTP requests (`{ authorization: 'Bearer …' }`
 * in the payload), by the same strategy; each subscription then passes the same AccessGuard as a
 * query, and each event re-checks the session (LiveSession). Sockets close when the token expires.
 * A self-service terminal where nobody is signed in connects with its device secret instead
 * (`{ kioskDevice: … }`); its subscriptions pass the guard only where terminals may act.
 */
export class LiveSockets {
  private readonly perAccount = new Map<string, number>();

  constructor(
    /** The HTTP error presentation; `requestCode` marks a document refused before execution (parse, validation). */
    private readonly formatError: (error: unknown, correlationId: string, language: string, requestCode?: string) => GraphQLFormattedError,
    /** Recognises a terminal's socket (`{ kioskDevice: secret }`, nobody signed in at it). */
    private readonly terminals?: Terminals,
  ) {}

  options(): GraphQLWsSubscriptionsConfig {
    return {
      path: '/graphql',
      connectionInitWaitTimeout: 5_000,
      onConnect: (context) => this.connect(context as SocketContext),
      onClose: (context) => this.release(context as SocketContext),
      onNext: (context, _id, _payload, _args, result) => {
        const live = (context as SocketContext).extra.live;
        if (!result.errors || !live) return result;
        // No data and no resolver behind the error: the request itself was wrong (a variable missing or of the
        // wrong type), BAD_USER_INPUT as over HTTP, not INTERNAL.
        const requestCode = (error: unknown) =>
          !('data' in result) && error instanceof GraphQLError && !error.originalError ? 'BAD_USER_INPUT' : undefined;
        return {
          ...result,
          errors: result.errors.map((error) => this.formatError(error, live.correlationId, live.language, requestCode(error))),
        };
      },
      // Not in Nest's type, but passed on to graphql-ws: a subscription refused by validation, in the same shape.
      ...{
        onError: (context: SocketContext, _id: string, _payload: unknown, errors: readonly GraphQLFormattedError[]) => {
          const live = context.extra.live;
          return errors.map((error) =>
            this.formatError(error, live?.correlationId ?? '', live?.language ?? '', 'GRAPHQL_VALIDATION_FAILED'),
          );
        },
      },
    };
  }

  /** The operation context of a subscription: the shape resolvers and the AccessGuard read over HTTP. */
  operationContext(context: SocketContext): Record<string, unknown> {
    const live = context.extra.live;
    const request = {
      headers: {
        authorization: live?.authorization,
        [TERMINAL_DEVICE_HEADER]: live?.terminalSecret,
        'accept-language': context.extra.request.headers['accept-language'],
      },
      ip: context.extra.request.socket.remoteAddress,
      id: live?.correlationId,
    };
    const session: LiveSession = {
      currentActor: async () => {
        if (!live?.authorization || context.extra.socket.readyState !== context.extra.socket.OPEN) return null;
        const actor = await authenticate(live.authorization);
        if (!actor) close(context.extra.socket, LIVE_CLOSE.unauthenticated);
        return actor;
      },
    };
    return { req: request, reply: undefined, [LIVE_SESSION_KEY]: session };
  }

  private async connect(context: SocketContext): Promise<boolean> {
    const { socket, request } = context.extra;
    const authorization = bearerOf(context.connectionParams);
    const terminalSecret = authorization ? undefined : terminalSecretOf(context.connectionParams);
    if (terminalSecret && this.terminals) return this.connectTerminal(context, terminalSecret);
    let actor: Actor | null;
    try {
      actor = authorization ? await authenticate(authorization) : null;
    } catch {
      close(socket, LIVE_CLOSE.busy);
      return false;
    }
    if (!actor || !authorization) {
      close(socket, LIVE_CLOSE.unauthenticated);
      return false;
    }
    if (!this.hold(socket, actor.accountId)) return false;
    const remainingMs = Math.max(0, expiryOf(authorization) * 1000 - Date.now());
    const expiry = setTimeout(() => close(socket, LIVE_CLOSE.unauthenticated), Math.min(remainingMs, 2 ** 31 - 1));
    expiry.unref();
    context.extra.live = {
      holder: actor.accountId,
      authorization,
      correlationId: correlationIdOf(request),
      language: actor.language,
      expiry,
    };
    return true;
  }

  /** A terminal's socket: its subscriptions run as the terminal (operations marked @AccountOrTerminal only). */
  private async connectTerminal(context: SocketContext, terminalSecret: string): Promise<boolean> {
    const { socket, request } = context.extra;
    let holder: string;
    try {
      holder = `terminal:${(await this.terminals!.authenticate(terminalSecret)).deviceId}`;
    } catch (error) {
      close(socket, error instanceof DomainException ? LIVE_CLOSE.unauthenticated : LIVE_CLOSE.busy);
      return false;
    }
    if (!this.hold(socket, holder)) return false;
    context.extra.live = { holder, terminalSecret, correlationId: correlationIdOf(request), language: '' };
    return true;
  }

  /** Counts one more socket of `holder`; refuses (and closes) beyond the limit. */
  private hold(socket: WebSocket, holder: string): boolean {
    const held = this.perAccount.get(holder) ?? 0;
    if (held >= MAX_SOCKETS_PER_ACCOUNT) {
      close(socket, LIVE_CLOSE.tooManySockets);
      return false;
    }
    this.perAccount.set(holder, held + 1);
    return true;
  }

  private release(context: SocketContext): void {
    const live = context.extra.live;
    if (!live) return;
    context.extra.live = undefined;
    clearTimeout(live.expiry);
    const held = (this.perAccount.get(live.holder) ?? 1) - 1;
    if (held > 0) this.perAccount.set(live.holder, held);
    else this.perAccount.delete(live.holder);
  }
}

export type SocketContextArgument = SocketContext;

/** graphql-ws calls the context function with its socket context, Apollo's Fastify integration with the request. */
export function isSocketContext(value: unknown): value is SocketContext {
  return typeof value === 'object' && value !== null && 'connectionInitReceived' in value && 'extra' in value;
}

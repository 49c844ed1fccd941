import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Terminal } from '../terminals/index.js';
import type { Actor } from './actor.js';
import type { Role } from './role.js';

export const ACCESS_POLICY = 'access-policy';

export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated'; roles: Role[] } | { kind: 'account_or_terminal' };

/** Anyone may call this, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account, or only those with one of `roles`. */
export const Authenticated = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'authenticated', roles } satisfies AccessPolicy);

/**
 * A signed-in account, or else an enrolled self-service terminal (its device secret in X-Kiosk-Device),
 * for what a person without an account may do at a terminal (e.g. call staff). A bearer token that is not
 * valid is refused, never passed over for the terminal.
 */
export const AccountOrTerminal = () => SetMetadata(ACCESS_POLICY, { kind: 'account_or_terminal' } satisfies AccessPolicy);

/** Who calls an `@AccountOrTerminal` operation: an account (`actor`) or, signed out at a terminal, the terminal. */
export type Caller = { actor: Actor; terminal?: undefined } | { actor?: undefined; terminal: Terminal };

export function requestOf(context: ExecutionContext): {
  user?: Actor;
  terminal?: Terminal;
  headers: Record<string, string | string[] | undefined>;
} {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest();
}

/** The authenticated actor of the request (only on operations marked `@Authenticated`). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user;
  if (!actor) throw new Error('CurrentActor used on an operation without @Authenticated');
  return actor;
});

/** The caller of an operation marked `@AccountOrTerminal`. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = requestOf(context);
  if (request.user) return { actor: request.user };
  if (request.terminal) return { terminal: request.terminal };
  throw new Error('CurrentCaller used on an operation without @AccountOrTerminal');
});

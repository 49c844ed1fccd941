import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor.js';
import type { Role } from './role.js';

export const ACCESS_POLICY = 'access-policy';

export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated'; roles: Role[] };

/** Anyone may call this, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account, or only those with one of `roles`. */
export const Authenticated = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'authenticated', roles } satisfies AccessPolicy);

export function requestOf(context: ExecutionContext): { user?: Actor; headers: Record<string, string | string[] | undefined> } {
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

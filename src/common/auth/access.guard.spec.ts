import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '../errors/error-code.js';
import type { DomainException } from '../errors/domain.exception.js';
import type { RequestContext } from '../context/request-context.js';
import { Public } from './access.decorators.js';
import { AccessGuard } from './access.guard.js';

@Controller()
class Example {
  @Get() undecorated() {}
  @Get() @Public() open() {}
}

function contextFor(handler: keyof Example): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Example.prototype[handler],
    getClass: () => Example,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), { setActor: () => undefined } as unknown as RequestContext);

  it('refuses an operation that declares no access policy (deny by default)', async () => {
    await expect(guard.canActivate(contextFor('undecorated'))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    } as Partial<DomainException>);
  });

  it('lets anyone call a @Public operation', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });
});

import { Global, Module } from '@nestjs/common';
import { RequestContext } from './request-context.js';

/** The request context; its store is entered per request by `registerRequestContext` (bootstrap). */
@Global()
@Module({
  providers: [RequestContext],
  exports: [RequestContext],
})
export class RequestContextModule {}

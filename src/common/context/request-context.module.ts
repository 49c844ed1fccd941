import { Global, Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ClsModule } from 'nestjs-cls';
import { Translator } from '../i18n/translator.js';
import { correlationIdOf } from './correlation-id.js';
import { lngParameter } from './lng-parameter.js';
import { RequestContext } from './request-context.js';

@Global()
@Module({
  imports: [
    ClsModule.forRootAsync({
      global: true,
      inject: [Translator],
      useFactory: (translator: Translator) => ({
        middleware: {
          mount: true,
          generateId: true,
          idGenerator: (request: IncomingMessage) => correlationIdOf(request),
          setup: (cls, request: IncomingMessage & { ip?: string }, response: ServerResponse) => {
            correlationIdOf(request, response);
            // Until the access token is checked: `lng`, then Accept-Language (the account's preference wins later).
            const language = translator.resolve({
              explicit: lngParameter(request.url),
              acceptLanguage: request.headers['accept-language'],
            });
            cls.set('requestLanguage', language);
            cls.set('language', language);
            cls.set('ip', request.ip ?? request.socket?.remoteAddress);
            cls.set('userAgent', request.headers['user-agent']?.slice(0, 300));
          },
        },
      }),
    }),
  ],
  providers: [RequestContext],
  exports: [RequestContext],
})
export class RequestContextModule {}

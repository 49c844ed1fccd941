import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/actor.js';
import { Translator } from '../i18n/translator.js';
import { correlationIdOf } from './correlation-id.js';
import { lngParameter } from './lng-parameter.js';

export interface RequestContextStore {
  correlationId: string;
  /** The language every message of this request is in: the account's preference, else `requestLanguage`. */
  language: string;
  /** The language the request asked for (`lng`, then Accept-Language, then the default). */
  requestLanguage: string;
  ip?: string;
  userAgent?: string;
  actor?: Actor;
}

/** One store per HTTP request, entered by the hooks `registerRequestContext` adds. */
const storage = new AsyncLocalStorage<RequestContextStore>();
const STORE = Symbol('request-context');

/** What is known about the current request: correlation id, language, client, actor. */
@Injectable()
export class RequestContext {
  constructor(private readonly translator: Translator) {}

  get correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  }

  get language(): string | undefined {
    return storage.getStore()?.language;
  }

  get ip(): string | undefined {
    return storage.getStore()?.ip;
  }

  get userAgent(): string | undefined {
    return storage.getStore()?.userAgent;
  }

  /** The language the request itself asked for (`lng`, then Accept-Language), whatever the account prefers. */
  get requestLanguage(): string | undefined {
    const store = storage.getStore();
    return store ? (store.requestLanguage ?? store.language) : undefined;
  }

  /** The signed-in caller: their account's preference becomes the request's language. */
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (!store) return;
    store.actor = actor;
    this.useAccountLanguage(actor.language);
  }

  /**
   * The account's preference, which comes before `lng` and Accept-Language; also when it changes
   * during the request (its later messages use the new one). An unsupported one is ignored.
   */
  useAccountLanguage(language: string | null | undefined): void {
    const store = storage.getStore();
    if (!store) return;
    store.language = this.translator.resolve({ account: language, explicit: store.requestLanguage });
  }
}

/**
 * Every HTTP request runs in its own context, entered by a Fastify hook (no middleware layer, no
 * per-request work beyond the store itself). The context is entered again before validation,
 * because reading the body continues in the socket's callbacks, outside it.
 */
export function registerRequestContext(fastify: FastifyInstance, translator: Translator): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const raw = request.raw;
    // Until the access token is checked: `lng`, then Accept-Language (the account's preference wins later).
    const language = translator.resolve({ explicit: lngParameter(raw.url), acceptLanguage: raw.headers['accept-language'] });
    const store: RequestContextStore = {
      correlationId: correlationIdOf(raw),
      language,
      requestLanguage: language,
      ip: request.ip ?? raw.socket?.remoteAddress,
      userAgent: raw.headers['user-agent']?.slice(0, 300),
    };
    (request as FastifyRequest & { [STORE]?: RequestContextStore })[STORE] = store;
    storage.run(store, done);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const store = (request as FastifyRequest & { [STORE]?: RequestContextStore })[STORE];
    if (store && storage.getStore() !== store) storage.run(store, done);
    else done();
  });
}

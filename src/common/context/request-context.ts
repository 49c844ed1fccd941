import { Injectable } from '@nestjs/common';
import { ClsService, type ClsStore } from 'nestjs-cls';
import type { Actor } from '../auth/actor.js';
import { Translator } from '../i18n/translator.js';

export interface RequestContextStore extends ClsStore {
  /** The language every message of this request is in: the account's preference, else `requestLanguage`. */
  language: string;
  /** The language the request asked for (`lng`, then Accept-Language, then the default). */
  requestLanguage?: string;
  ip?: string;
  userAgent?: string;
  actor?: Actor;
}

/** What is known about the current request: correlation id, language, client, actor. */
@Injectable()
export class RequestContext {
  constructor(
    private readonly cls: ClsService<RequestContextStore>,
    private readonly translator: Translator,
  ) {}

  get correlationId(): string | undefined {
    return this.cls.isActive() ? this.cls.getId() : undefined;
  }

  get language(): string | undefined {
    return this.cls.isActive() ? this.cls.get('language') : undefined;
  }

  get ip(): string | undefined {
    return this.cls.isActive() ? this.cls.get('ip') : undefined;
  }

  get userAgent(): string | undefined {
    return this.cls.isActive() ? this.cls.get('userAgent') : undefined;
  }

  /** The language the request itself asked for (`lng`, then Accept-Language), whatever the account prefers. */
  get requestLanguage(): string | undefined {
    return this.cls.isActive() ? (this.cls.get('requestLanguage') ?? this.cls.get('language')) : undefined;
  }

  /** The signed-in caller: their account's preference becomes the request's language. */
  setActor(actor: Actor): void {
    if (!this.cls.isActive()) return;
    this.cls.set('actor', actor);
    this.useAccountLanguage(actor.language);
  }

  /**
   * The account's preference, which comes before `lng` and Accept-Language; also when it changes
   * during the request (its later messages use the new one). An unsupported one is ignored.
   */
  useAccountLanguage(language: string | null | undefined): void {
    if (!this.cls.isActive()) return;
    this.cls.set('language', this.translator.resolve({ account: language, explicit: this.requestLanguage }));
  }
}

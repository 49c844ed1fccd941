import { Injectable } from '@nestjs/common';
import { ClsService, type ClsStore } from 'nestjs-cls';
import type { Actor } from '../auth/actor.js';

export interface RequestContextStore extends ClsStore {
  language: string;
  ip?: string;
  userAgent?: string;
  actor?: Actor;
}

/** What is known about the current request: correlation id, language, client, actor. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService<RequestContextStore>) {}

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

  setActor(actor: Actor): void {
    if (!this.cls.isActive()) return;
    this.cls.set('actor', actor);
    this.cls.set('language', actor.language);
  }

  setLanguage(language: string): void {
    if (this.cls.isActive()) this.cls.set('language', language);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { JSONWebKeySet } from 'jose';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CardIssuerService } from '../../cards/index.js';
import { StatusListService } from '../../cards/index.js';
import { CredentialCache, CardVerifier } from '../../../packages/shared/src/index.js';

/**
 * One CardVerifier per status-list version, shared by every request; the issuer keys and the
 * credential cache survive list changes. Concurrent callers share one refresh.
 */
@Injectable()
export class VerifierProvider {
  private readonly credentials = new CredentialCache(20_000);
  private current?: { jws: string; checkedAt: number; verifier: CardVerifier };
  private jwks?: { loadedAt: number; keys: JSONWebKeySet };
  private refreshing?: Promise<CardVerifier>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statusList: StatusListService,
    private readonly issuer: CardIssuerService,
  ) {}

  verifier(): CardVerifier | Promise<CardVerifier> {
    const maxAge = this.config.cards.statusListCacheSeconds * 1000;
    if (this.current && Date.now() - this.current.checkedAt < maxAge) return this.current.verifier;
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refresh(): Promise<CardVerifier> {
    const { jws } = await this.statusList.current();
    if (this.current?.jws === jws) {
      this.current.checkedAt = Date.now();
      return this.current.verifier;
    }
    const verifier = await CardVerifier.create(await this.issuerKeys(), jws, Date.now(), this.credentials);
    this.current = { jws, checkedAt: Date.now(), verifier };
    return verifier;
  }

  private async issuerKeys(): Promise<JSONWebKeySet> {
    if (!this.jwks || Date.now() - this.jwks.loadedAt > 300_000) this.jwks = { loadedAt: Date.now(), keys: await this.issuer.jwks() };
    return this.jwks.keys;
  }
}

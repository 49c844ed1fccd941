import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JSONWebKeySet } from 'jose';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CredentialCache, CardVerifier } from '../../packages/shared/src/index.js';
import { SdJwtCardVerifier, type CardVerdict, type CardVerificationReason } from '../../packages/card-verifier/src/index.js';
import { CitizenCard } from './entities/citizen-card.entity.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { nodeEs256Crypto } from './node-es256-crypto.js';
import { StatusListService } from './status-list.service.js';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../common/cluster-events/index.js';
import { CARD_ISSUER_KEYS_ROTATED } from './card-cluster-channels.js';

type Verifiers = {
  jws: string;
  tokenJwt: string;
  checkedAt: number;
  /** The status lists' generation they were built from (StatusListService.generation). */
  generation: number;
  legacy: CardVerifier;
  sdJwt: SdJwtCardVerifier;
};

/**
 * The cards' verification core for the server: a scanned code of either format — the SD-JWT VC
 * (packages/card-verifier, the same a venue's till and the scan page use) or the older `BOP1`/`BOS1`
 * code of a card not renewed yet — checked against the current status lists. One verifier pair per
 * list version, shared by every request; concurrent callers share one refresh. A status change or key
 * rotation (in any process: cluster events) makes the next verification build them again.
 */
@Injectable()
export class CardCodeVerifier {
  private readonly credentials = new CredentialCache(20_000);
  private current?: Verifiers;
  private jwks?: { loadedAt: number; keys: JSONWebKeySet };
  private refreshing?: { generation: number; verifiers: Promise<Verifiers> };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statusList: StatusListService,
    private readonly issuer: CardIssuerService,
    cluster: ClusterEvents,
  ) {
    for (const channel of [CARD_ISSUER_KEYS_ROTATED, CLUSTER_RECONNECTED_CHANNEL])
      cluster.subscribe(channel, () => (this.jwks = undefined));
  }

  /**
   * The verdict for `code`. `audiences` are the Key Binding JWT audiences accepted besides the
   * issuer URL (e.g. the venue's id). `card.id` is the card number for SD-JWT VC codes and the card
   * id for older ones: use `holderOf` to find the card.
   */
  async verify(
    code: string,
    options: { now?: number; requiredCategories?: readonly string[]; audiences?: readonly string[] } = {},
  ): Promise<CardVerdict> {
    const { legacy, sdJwt } = await this.verifiers();
    const now = options.now ?? Date.now();
    if (SdJwtCardVerifier.isSdJwt(code)) {
      return sdJwt.verify(code, { ...options, now, audiences: [...(options.audiences ?? []), this.config.publicUrl] });
    }
    return { ...(await legacy.verify(code, { now, requiredCategories: options.requiredCategories })), holderName: null };
  }

  /** Whose card a presented code is (either format), or why it is refused; only a valid card names its holder. */
  async holderOf(
    code: string,
    now: Date = new Date(),
  ): Promise<{ ok: true; accountId: string; cardId: string } | { ok: false; reason: CardVerificationReason }> {
    const verdict = await this.verify(code, { now: now.getTime() });
    if (!verdict.valid || !verdict.card) return { ok: false, reason: verdict.reason ?? 'UNKNOWN_CARD' };
    const card = await this.dataSource.manager.findOneBy(
      CitizenCard,
      SdJwtCardVerifier.isSdJwt(code) ? { number: verdict.card.id } : { id: verdict.card.id },
    );
    return card ? { ok: true, accountId: card.accountId, cardId: card.id } : { ok: false, reason: 'UNKNOWN_CARD' };
  }

  private verifiers(): Verifiers | Promise<Verifiers> {
    const maxAge = this.config.cards.statusListCacheSeconds * 1000;
    const generation = this.statusList.generation;
    if (this.current && this.current.generation === generation && Date.now() - this.current.checkedAt < maxAge) return this.current;
    if (this.refreshing?.generation !== generation) {
      const refreshing = { generation, verifiers: this.refresh(generation) };
      this.refreshing = refreshing;
      void refreshing.verifiers.then(
        () => this.refreshing === refreshing && (this.refreshing = undefined),
        () => this.refreshing === refreshing && (this.refreshing = undefined),
      );
    }
    return this.refreshing.verifiers;
  }

  private async refresh(generation: number): Promise<Verifiers> {
    const { jws } = await this.statusList.current();
    const { jwt: tokenJwt } = await this.statusList.token();
    if (this.current?.jws === jws && this.current.tokenJwt === tokenJwt) {
      this.current.checkedAt = Date.now();
      this.current.generation = generation;
      return this.current;
    }
    const build = async (keys: JSONWebKeySet) => ({
      legacy: await CardVerifier.create(keys, jws, Date.now(), this.credentials),
      sdJwt: await SdJwtCardVerifier.create({
        issuer: this.config.publicUrl,
        jwks: keys,
        statusListJwt: tokenJwt,
        crypto: nodeEs256Crypto,
      }),
    });
    // A list signed by a key rotated in since the keys were loaded: load them again once.
    const built = await build(await this.issuerKeys()).catch(async () => build(await this.issuerKeys(true)));
    this.current = { jws, tokenJwt, checkedAt: Date.now(), generation, ...built };
    return this.current;
  }

  private async issuerKeys(reload = false): Promise<JSONWebKeySet> {
    if (reload || !this.jwks || Date.now() - this.jwks.loadedAt > 300_000) {
      this.jwks = { loadedAt: Date.now(), keys: await this.issuer.jwks() };
    }
    return this.jwks.keys;
  }
}

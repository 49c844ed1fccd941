import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../common/cluster-events/index.js';
import { CARD_ISSUER_KEYS_ROTATED, CARD_STATUS_CHANGED } from './card-cluster-channels.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { createHash } from 'node:crypto';
import { createHeaderAndPayload, StatusList } from '@sd-jwt/jwt-status-list';
import { STATUS_LIST_TYPE, encodeStatusList, StatusValue, type StatusListClaims } from '../../packages/shared/src/index.js';
import { STATUS_LIST_JWT_TYPE, TokenStatus } from '../../packages/card-verifier/src/index.js';
import { CardCredentialIssuer } from './card-credential-issuer.js';

/** The IETF Token Status List as served: the JWT, its expiry and an ETag of its bytes. */
export interface TokenStatusListJwt {
  jwt: string;
  exp: number;
  etag: string;
}

const TOKEN_STATUS: Record<StatusValue, number> = {
  [StatusValue.active]: TokenStatus.valid,
  [StatusValue.suspended]: TokenStatus.suspended,
  [StatusValue.revoked]: TokenStatus.invalid,
};

/**
 * Builds the signed status lists from the credentials, their cards' states and their holders'
 * entitlements (a suspended or revoked entitlement marks every card of the person). A process reuses a
 * built list for STATUS_LIST_CACHE_SECONDS; a status change refreshes it at once in this process and,
 * through the cluster events (`cards.status_changed`), in every other.
 * Two lists over the same indexes: the IETF Token Status List (ES256, `statuslist+jwt`, ZLIB, 2 bits:
 * 0 valid, 1 invalid, 2 suspended) for SD-JWT VC credentials, and the older EdDSA list
 * (`bo-status-list+jwt`) for `BOP1`/`BOS1` cards not renewed yet.
 */
@Injectable()
export class StatusListService {
  private cached?: { jws: string; builtAt: number; claims: StatusListClaims; token: TokenStatusListJwt };
  private lastToken?: { lst: string; kid: string; token: TokenStatusListJwt };
  private readonly logger = new Logger('StatusList');
  /** Bumped by every invalidation (here or in another process): whatever was built before is stale. */
  private currentGeneration = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: CardIssuerService,
    private readonly credentials: CardCredentialIssuer,
    private readonly cluster: ClusterEvents,
  ) {
    for (const channel of [CARD_STATUS_CHANGED, CARD_ISSUER_KEYS_ROTATED, CLUSTER_RECONNECTED_CHANNEL]) {
      cluster.subscribe(channel, () => this.drop());
    }
  }

  /** Changes with every invalidation; caches built on the lists (the verifier's) compare it. */
  get generation(): number {
    return this.currentGeneration;
  }

  /**
   * Card states changed (call it after the changing transaction committed): this process builds the
   * lists again at once, every other process as soon as the cluster event reaches it.
   */
  invalidate(): void {
    this.drop();
    this.cluster
      .publish(CARD_STATUS_CHANGED, {})
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not tell the other processes'));
  }

  private drop(): void {
    this.currentGeneration += 1;
    this.cached = undefined;
  }

  /** The older list, for `BOP1`/`BOS1` codes. */
  async current(): Promise<{ jws: string; claims: StatusListClaims }> {
    return this.fresh();
  }

  /** The IETF Token Status List the SD-JWT VC credentials point to. */
  async token(): Promise<TokenStatusListJwt> {
    return (await this.fresh()).token;
  }

  private async fresh(): Promise<{ jws: string; claims: StatusListClaims; token: TokenStatusListJwt }> {
    const maxAge = this.config.cards.statusListCacheSeconds * 1000;
    if (this.cached && Date.now() - this.cached.builtAt < maxAge) return this.cached;
    const generation = this.currentGeneration;
    const built = await this.build();
    // Invalidated while building: the rows read may predate the change, so they are not kept.
    if (generation === this.currentGeneration) this.cached = { ...built, builtAt: Date.now() };
    return built;
  }

  private async build(): Promise<{ jws: string; claims: StatusListClaims; token: TokenStatusListJwt }> {
    const rows: { index: number; value: number }[] = await this.dataSource.query(`
      SELECT c.status_list_index AS index,
             CASE WHEN c.superseded_at IS NOT NULL OR k.status IN ('revoked', 'replaced') THEN ${StatusValue.revoked}
                  WHEN e.status = 'revoked' AND k.status IN ('active', 'suspended') THEN ${StatusValue.revoked}
                  WHEN k.status = 'suspended' THEN ${StatusValue.suspended}
                  WHEN e.status = 'suspended' AND k.status = 'active' THEN ${StatusValue.suspended}
                  ELSE ${StatusValue.active} END AS value
        FROM card_credentials c JOIN citizen_cards k ON k.id = c.card_id
        LEFT JOIN card_entitlements e ON e.account_id = k.account_id
       WHERE c.superseded_at IS NOT NULL OR k.status <> 'active' OR e.status <> 'active'`);
    const [{ size }] = await this.dataSource.query('SELECT coalesce(max(status_list_index), -1) + 1 AS size FROM card_credentials');
    const now = Math.floor(Date.now() / 1000);
    const claims: StatusListClaims = {
      iss: this.config.publicUrl,
      iat: now,
      exp: now + this.config.cards.statusListTtlSeconds,
      bits: 2,
      n: Number(size),
      lst: encodeStatusList(
        Number(size),
        rows.map((row) => [Number(row.index), Number(row.value) as StatusValue]),
      ),
    };
    return { jws: await this.issuer.sign(STATUS_LIST_TYPE, claims), claims, token: await this.buildToken(Number(size), rows, now) };
  }

  private async buildToken(size: number, rows: { index: number; value: number }[], now: number): Promise<TokenStatusListJwt> {
    const list = new StatusList(new Array<number>(Math.max(size, 1)).fill(TokenStatus.valid), 2);
    for (const row of rows) list.setStatus(Number(row.index), TOKEN_STATUS[Number(row.value) as StatusValue]);
    const signer = await this.issuer.es256Signer();
    const lst = list.compressStatusList();
    // The same statuses, key and a list far from its expiry: the same bytes (and ETag), so conditional GETs answer 304.
    const previous = this.lastToken;
    if (
      previous &&
      previous.lst === lst &&
      previous.kid === signer.kid &&
      previous.token.exp - now > this.config.cards.statusListTtlSeconds / 2
    ) {
      return previous.token;
    }
    const exp = now + this.config.cards.statusListTtlSeconds;
    const { header, payload } = createHeaderAndPayload(
      list,
      { iss: this.config.publicUrl, sub: this.credentials.statusListUri, iat: now, exp, ttl: this.config.cards.statusListCacheSeconds },
      { alg: 'ES256', typ: STATUS_LIST_JWT_TYPE, kid: signer.kid },
    );
    const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    const jwt = `${input}.${signer.sign(input)}`;
    const token = { jwt, exp, etag: `"${createHash('sha256').update(jwt).digest('base64url').slice(0, 27)}"` };
    this.lastToken = { lst, kid: signer.kid, token };
    return token;
  }
}

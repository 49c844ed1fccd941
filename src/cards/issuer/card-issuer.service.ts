import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompactSign, exportJWK, type JSONWebKeySet } from 'jose';
import { createPrivateKey, generateKeyPairSync, randomBytes, sign as signBytes, type KeyObject } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CardIssuerKey } from '../entities/card-issuer-key.entity.js';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../../common/cluster-events/index.js';
import { CARD_ISSUER_KEYS_ROTATED } from '../card-cluster-channels.js';

const KEY_CREATION_LOCK = 727_060_002;

/** Ed25519 signs the older `BOP1`/`BOS1` credentials and their status list; ES256 the SD-JWT VC and the Token Status List. */
export type IssuerAlgorithm = 'EdDSA' | 'ES256';
const KEY_TYPE: Record<IssuerAlgorithm, 'OKP' | 'EC'> = { EdDSA: 'OKP', ES256: 'EC' };

/**
 * The city's card-issuer keys, one active key per algorithm (Ed25519 for the older format, ES256
 * — what EU wallets must support — for the SD-JWT VC): created on first start, encrypted at rest
 * with CARD_KEY_PASSPHRASE, published as a JWKS, rotatable (the newest active key of an algorithm
 * signs; older keys stay published until retired). The algorithm is the public key's `kty`.
 */
@Injectable()
export class CardIssuerService implements OnApplicationBootstrap {
  private readonly signingKeys = new Map<IssuerAlgorithm, { kid: string; key: KeyObject }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cluster: ClusterEvents,
  ) {
    // Another process rotated (or this one lost events for a while): sign with the newest key from now on.
    for (const channel of [CARD_ISSUER_KEYS_ROTATED, CLUSTER_RECONNECTED_CHANNEL])
      cluster.subscribe(channel, () => this.signingKeys.clear());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureActiveKeys();
  }

  /** Signs `claims` as a compact EdDSA JWS of type `typ` (older format); reads the key in the caller's transaction when given `manager`. */
  async sign(typ: string, claims: object, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const { kid, key } = await this.activeKey('EdDSA', manager);
    return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'EdDSA', typ, kid }).sign(key);
  }

  /** The active ES256 key as an SD-JWT signer: its kid, and a function giving the base64url (r‖s) signature of a JWS signing input. */
  async es256Signer(manager: EntityManager = this.dataSource.manager): Promise<{ kid: string; sign: (data: string) => string }> {
    const { kid, key } = await this.activeKey('ES256', manager);
    return {
      kid,
      sign: (data: string) => signBytes('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
    };
  }

  async jwks(): Promise<JSONWebKeySet> {
    const keys = await this.dataSource.manager.find(CardIssuerKey, { where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
    return {
      keys: keys.map((row) => ({ ...row.publicJwk, kid: row.kid, alg: row.publicJwk.kty === 'EC' ? 'ES256' : 'EdDSA', use: 'sig' })),
    };
  }

  /** Makes a new key of each algorithm the signing key; the old ones stay published for credentials they signed. Returns the new ES256 kid. */
  async rotate(): Promise<string> {
    const kid = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      await manager.update(CardIssuerKey, { active: true }, { active: false });
      await this.createKey('EdDSA', manager.save.bind(manager));
      const created = await this.createKey('ES256', manager.save.bind(manager));
      await this.cluster.publishOnCommit(manager, CARD_ISSUER_KEYS_ROTATED, { kid: created });
      return created;
    });
    this.signingKeys.clear();
    return kid;
  }

  private async activeKey(algorithm: IssuerAlgorithm, manager: EntityManager): Promise<{ kid: string; key: KeyObject }> {
    const cached = this.signingKeys.get(algorithm);
    if (cached) return cached;
    const row = await manager
      .createQueryBuilder(CardIssuerKey, 'k')
      .where('k.active AND k.public_jwk ->> :field = :kty', { field: 'kty', kty: KEY_TYPE[algorithm] })
      .orderBy('k.created_at', 'DESC')
      .getOne();
    if (!row) throw new Error(`no active ${algorithm} card-issuer key`);
    const key = createPrivateKey({ key: row.encryptedPrivateKey, format: 'pem', passphrase: this.config.cards.keyPassphrase });
    const signing = { kid: row.kid, key };
    this.signingKeys.set(algorithm, signing);
    return signing;
  }

  private async ensureActiveKeys(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      for (const algorithm of ['EdDSA', 'ES256'] as const) {
        const [{ present }] = (await manager.query(
          `SELECT EXISTS (SELECT 1 FROM card_issuer_keys WHERE active AND public_jwk ->> 'kty' = $1) AS present`,
          [KEY_TYPE[algorithm]],
        )) as { present: boolean }[];
        if (!present) await this.createKey(algorithm, manager.save.bind(manager));
      }
    });
  }

  private async createKey(algorithm: IssuerAlgorithm, save: (entity: CardIssuerKey) => Promise<CardIssuerKey>): Promise<string> {
    const { publicKey, privateKey } =
      algorithm === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
    // Short: the kid travels in every QR code.
    const kid = `${algorithm === 'ES256' ? 'e' : 'c'}${randomBytes(5).toString('hex')}`;
    const publicJwk = (await exportJWK(publicKey)) as Record<string, string>;
    const encryptedPrivateKey = privateKey.export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: this.config.cards.keyPassphrase,
    }) as string;
    await save(Object.assign(new CardIssuerKey(), { kid, publicJwk, encryptedPrivateKey, active: true }));
    return kid;
  }
}

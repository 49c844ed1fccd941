import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompactSign, exportJWK, type JSONWebKeySet } from 'jose';
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CardIssuerKey } from '../entities/card-issuer-key.entity.js';

const KEY_CREATION_LOCK = 727_060_002;

/**
 * The city's card-issuer keys (Ed25519): created on first start, encrypted at rest with
 * CARD_KEY_PASSPHRASE, published as a JWKS, rotatable (the newest active key signs; retired keys
 * stay published until retired).
 */
@Injectable()
export class CardIssuerService implements OnApplicationBootstrap {
  private signingKey?: { kid: string; key: KeyObject };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureActiveKey();
  }

  /** Signs `claims` as a compact JWS of type `typ` with the active key; reads it in the caller's transaction when given `manager`. */
  async sign(typ: string, claims: object, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const { kid, key } = await this.activeKey(manager);
    return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'EdDSA', typ, kid }).sign(key);
  }

  async jwks(): Promise<JSONWebKeySet> {
    const keys = await this.dataSource.manager.find(CardIssuerKey, { where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
    return { keys: keys.map((row) => ({ ...row.publicJwk, kid: row.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  /** Makes a new key the signing key; the old one stays published for credentials it signed. */
  async rotate(): Promise<string> {
    const kid = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      await manager.update(CardIssuerKey, { active: true }, { active: false });
      return this.createKey(manager.save.bind(manager));
    });
    this.signingKey = undefined;
    return kid;
  }

  private async activeKey(manager: EntityManager): Promise<{ kid: string; key: KeyObject }> {
    if (this.signingKey) return this.signingKey;
    const row = await manager.findOne(CardIssuerKey, { where: { active: true }, order: { createdAt: 'DESC' } });
    if (!row) throw new Error('no active card-issuer key');
    const key = createPrivateKey({ key: row.encryptedPrivateKey, format: 'pem', passphrase: this.config.cards.keyPassphrase });
    this.signingKey = { kid: row.kid, key };
    return this.signingKey;
  }

  private async ensureActiveKey(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      if (await manager.existsBy(CardIssuerKey, { active: true })) return;
      await this.createKey(manager.save.bind(manager));
    });
  }

  private async createKey(save: (entity: CardIssuerKey) => Promise<CardIssuerKey>): Promise<string> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    // Short: the kid travels in every QR code.
    const kid = `c${randomBytes(5).toString('hex')}`;
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

import { Inject, Injectable } from '@nestjs/common';
import { digest } from '@sd-jwt/crypto-nodejs';
import { randomBytes } from 'node:crypto';
import { SDJwtVcInstance, type SdJwtVcPayload } from '@sd-jwt/sd-jwt-vc';
import type { DisclosureFrame } from '@sd-jwt/types';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { CardCredential, CardCredentialKind } from './entities/card-credential.entity.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { CARD_VCT_PATH, type CardCategory, type CitizenCardClaims } from '../../packages/card-verifier/src/index.js';

/** 128-bit salts, base64url (shorter than hex: the credential travels in a QR code). */
const saltGenerator = (length: number) => randomBytes(length).toString('base64url');

/** Where the credentials' status lives (IETF Token Status List); see CardsController. */
export const TOKEN_STATUS_LIST_PATH = '/api/partner/v1/status-lists/1';

/**
 * Issues the credentials of a card as SD-JWT VC (ES256): one static (for the PDF, no holder
 * binding), one per device binding (`cnf.jwk` = the phone's key). The holder's name and, with a
 * verified identity, birth year are selectively disclosable; everything else is plain.
 */
@Injectable()
export class CardCredentialIssuer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuer: CardIssuerService,
    private readonly identities: VerifiedIdentities,
  ) {}

  /** The `iss` of every credential, and the base of `vct` and the status list URI. */
  get issuerUrl(): string {
    return this.config.publicUrl;
  }

  get vct(): string {
    return `${this.config.publicUrl}${CARD_VCT_PATH}`;
  }

  get statusListUri(): string {
    return `${this.config.publicUrl}${TOKEN_STATUS_LIST_PATH}`;
  }

  async issue(
    manager: EntityManager,
    card: CitizenCard,
    kind: CardCredentialKind,
    deviceJwk?: Record<string, string>,
  ): Promise<CardCredential> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CardCredential)
      .values({ cardId: card.id, kind, deviceJwk: deviceJwk ?? null, jws: '' })
      .returning(['id', 'status_list_index'])
      .execute();
    const { id, status_list_index: statusListIndex } = inserted.raw[0] as { id: string; status_list_index: number };
    const identity = await this.identities.of(card.accountId, manager);
    const birthYear = identity ? Number(identity.birthDate.slice(0, 4)) : undefined;
    const claims: CitizenCardClaims = {
      iss: this.issuerUrl,
      vct: this.vct,
      iat: Math.floor(Date.now() / 1000),
      nbf: Math.floor(card.validFrom.getTime() / 1000),
      exp: Math.floor(card.validUntil.getTime() / 1000),
      card_number: card.number,
      categories: card.categories as CardCategory[],
      district: card.district,
      status: { status_list: { idx: statusListIndex, uri: this.statusListUri } },
      ...(deviceJwk ? { cnf: { jwk: { kty: deviceJwk.kty, crv: deviceJwk.crv, x: deviceJwk.x, y: deviceJwk.y } } } : {}),
      name: card.holderName,
      ...(birthYear && Number.isInteger(birthYear) ? { birth_year: birthYear } : {}),
    };
    const signer = await this.issuer.es256Signer(manager);
    const sdJwt = new SDJwtVcInstance({ signer: signer.sign, signAlg: 'ES256', hasher: digest, hashAlg: 'sha-256', saltGenerator });
    const disclosed: ('name' | 'birth_year')[] = claims.birth_year ? ['name', 'birth_year'] : ['name'];
    const frame = { _sd: disclosed } as DisclosureFrame<SdJwtVcPayload>;
    const jws = await sdJwt.issue<SdJwtVcPayload>({ ...claims }, frame, { header: { kid: signer.kid } });
    await manager.update(CardCredential, { id }, { jws });
    return Object.assign(new CardCredential(), {
      id,
      cardId: card.id,
      statusListIndex,
      kind,
      deviceJwk: deviceJwk ?? null,
      jws,
      supersededAt: null,
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CardCredential, CardCredentialKind } from './entities/card-credential.entity.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { CREDENTIAL_TYPE, type CardCategory, type CardCredentialClaims } from '../../packages/shared/src/index.js';

/** Issues the signed credentials of a card: one static (for the PDF), one per device binding. */
@Injectable()
export class CardCredentialIssuer {
  constructor(private readonly issuer: CardIssuerService) {}

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
    const claims: CardCredentialClaims = {
      jti: id,
      cid: card.id,
      cat: card.categories as CardCategory[],
      dst: card.district,
      nbf: Math.floor(card.validFrom.getTime() / 1000),
      exp: Math.floor(card.validUntil.getTime() / 1000),
      sli: statusListIndex,
      ...(deviceJwk ? { cnf: { jwk: deviceJwk } } : {}),
    };
    const jws = await this.issuer.sign(CREDENTIAL_TYPE, claims, manager);
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

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preAuthorizedCodeGrantIdentifier } from '@openid4vc/oauth2';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CardEntitlements } from '../card-entitlements.js';
import { CardsException } from '../cards.exception.js';
import { CitizenCard, CitizenCardStatus } from '../entities/citizen-card.entity.js';
import { CardCredentialOffer, offerCodeHash } from './card-credential-offer.entity.js';
import { Openid4vciParties } from './openid4vci-parties.js';
import { CITIZEN_CARD_CONFIGURATION_ID } from './wallet-issuer-metadata.js';

/** How long an offer's pre-authorised code can be redeemed. */
export const OFFER_LIFETIME_SECONDS = 600;

/** The holder's offers of their card to a wallet (OpenID4VCI credential offers, pre-authorised code). */
@Injectable()
export class WalletOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: Openid4vciParties,
    private readonly entitlements: CardEntitlements,
    private readonly audit: AuditService,
  ) {}

  /**
   * Offers the holder's active card: a random single-use code (only its hash is stored), bound to
   * the card and account, for 10 minutes; earlier open offers of the card lapse. NOT_FOUND for
   * anyone else's card.
   */
  async createOffer(actor: Actor, cardId: string): Promise<{ offerUri: string; expiresAt: Date }> {
    const code = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + OFFER_LIFETIME_SECONDS * 1000);
    await this.dataSource.transaction(async (manager) => {
      await this.entitlements.requireActive(manager, actor.accountId);
      const card = await manager.findOne(CitizenCard, {
        where: { id: cardId, accountId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!card) throw DomainException.notFound();
      if (card.status !== CitizenCardStatus.active) throw CardsException.notUsable(card.status);
      await manager
        .createQueryBuilder()
        .update(CardCredentialOffer)
        .set({ expiresAt: () => 'greatest(created_at, now())' })
        .where('card_id = :cardId AND redeemed_at IS NULL AND expires_at > now()', { cardId })
        .execute();
      await manager.insert(CardCredentialOffer, { cardId, accountId: actor.accountId, codeHash: offerCodeHash(code), expiresAt });
      await this.audit.record(
        { action: 'card.wallet_offered', actorAccountId: actor.accountId, subjectType: 'citizen_card', subjectId: cardId },
        manager,
      );
    });
    const { credentialOffer } = await this.parties.issuer.createCredentialOffer({
      issuerMetadata: this.parties.issuerMetadata(),
      credentialConfigurationIds: [CITIZEN_CARD_CONFIGURATION_ID],
      grants: { [preAuthorizedCodeGrantIdentifier]: { 'pre-authorized_code': code } },
    });
    return { offerUri: credentialOffer, expiresAt };
  }
}

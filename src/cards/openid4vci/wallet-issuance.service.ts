import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  decodeJwt,
  Oauth2ErrorCodes,
  Oauth2ServerErrorResponseError,
  preAuthorizedCodeGrantIdentifier,
  type RequestLike,
} from '@openid4vc/oauth2';
import type { IssuerMetadataResult } from '@openid4vc/openid4vci';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { CardCredentialIssuer } from '../card-credential-issuer.js';
import { CardEntitlements } from '../card-entitlements.js';
import { CardCredential, CardCredentialKind } from '../entities/card-credential.entity.js';
import { CitizenCard, CitizenCardStatus } from '../entities/citizen-card.entity.js';
import { StatusListService } from '../status-list.service.js';
import { CardCredentialOffer, offerCodeHash } from './card-credential-offer.entity.js';
import { Openid4vciParties } from './openid4vci-parties.js';
import { CITIZEN_CARD_CONFIGURATION_ID } from './wallet-issuer-metadata.js';
import { NONCE_LIFETIME_SECONDS, WalletNonces } from './wallet-nonces.js';

const ACCESS_TOKEN_SECONDS = 300;

const oauthError = (error: string, description: string, status = 400) =>
  new Oauth2ServerErrorResponseError({ error, error_description: description }, { status });

/**
 * OpenID4VCI issuance of the citizen card into a wallet, pre-authorised code flow, after the holder's
 * offer (WalletOffersService): the wallet redeems the code at the token endpoint and, with a proof of
 * its key over a `c_nonce`, gets a new credential of the card bound to that key (`cnf.jwk`), with its
 * own status list entry. One wallet at a time per card. Authorization server and credential issuer
 * are this application (`publicUrl`).
 */
@Injectable()
export class WalletIssuanceService {
  private readonly nonces: WalletNonces;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: Openid4vciParties,
    private readonly credentials: CardCredentialIssuer,
    private readonly entitlements: CardEntitlements,
    private readonly statusList: StatusListService,
    private readonly audit: AuditService,
  ) {
    this.nonces = new WalletNonces(config.cards.keyPassphrase);
  }

  /** Token endpoint: a valid, unexpired, unused pre-authorised code → a short-lived access token. */
  async token(request: RequestLike, body: Record<string, unknown>) {
    const { grant, accessTokenRequest } = this.parties.authorizationServer.parseAccessTokenRequest({ request, accessTokenRequest: body });
    if (grant.grantType !== preAuthorizedCodeGrantIdentifier) {
      throw oauthError(Oauth2ErrorCodes.UnsupportedGrantType, 'Only the pre-authorized code grant is supported.');
    }
    const offer = await this.dataSource.manager.findOneBy(CardCredentialOffer, { codeHash: offerCodeHash(grant.preAuthorizedCode) });
    if (!offer) throw oauthError(Oauth2ErrorCodes.InvalidGrant, 'Unknown pre-authorized code.');
    await this.parties.authorizationServer.verifyPreAuthorizedCodeAccessTokenRequest({
      authorizationServerMetadata: this.parties.authorizationServerMetadata(),
      grant,
      accessTokenRequest,
      request,
      expectedPreAuthorizedCode: grant.preAuthorizedCode,
      preAuthorizedCodeExpiresAt: offer.expiresAt,
    });
    // The row decides: of two concurrent redemptions, one updates it.
    const redeemed = await this.dataSource.manager
      .createQueryBuilder()
      .update(CardCredentialOffer)
      .set({ redeemedAt: () => 'now()' })
      .where('id = :id AND redeemed_at IS NULL AND expires_at > now()', { id: offer.id })
      .execute();
    if (!redeemed.affected) throw oauthError(Oauth2ErrorCodes.InvalidGrant, 'The pre-authorized code was used already or has expired.');
    const { nonce } = this.nonces.issue();
    return this.parties.authorizationServer.createAccessTokenResponse({
      authorizationServer: this.config.publicUrl,
      audience: this.config.publicUrl,
      subject: offer.id,
      expiresInSeconds: ACCESS_TOKEN_SECONDS,
      signer: { method: 'custom', alg: 'ES256' },
      cNonce: nonce,
      cNonceExpiresIn: NONCE_LIFETIME_SECONDS,
    });
  }

  /** Nonce endpoint: a fresh `c_nonce` for the wallet's key proof. */
  nonce() {
    const { nonce } = this.nonces.issue();
    return this.parties.issuer.createNonceResponse({ cNonce: nonce, cNonceExpiresIn: NONCE_LIFETIME_SECONDS });
  }

  /**
   * Credential endpoint: checks the access token, the request and the proof of the wallet's P-256
   * key over one of our nonces, then issues the card's wallet credential once per offer (the card
   * and entitlement still active; the previous wallet credential of the card superseded).
   */
  async credential(request: RequestLike, body: Record<string, unknown>) {
    const issuerMetadata = this.parties.issuerMetadata();
    const { tokenPayload } = await this.parties.resourceServer.verifyResourceRequest({
      request,
      resourceServer: this.config.publicUrl,
      authorizationServers: issuerMetadata.authorizationServers,
    });
    const parsed = this.parties.issuer.parseCredentialRequest({ issuerMetadata, credentialRequest: body });
    if (parsed.credentialConfigurationId && parsed.credentialConfigurationId !== CITIZEN_CARD_CONFIGURATION_ID) {
      throw oauthError(Oauth2ErrorCodes.UnknownCredentialConfiguration, 'Unknown credential configuration.');
    }
    const proofs = parsed.proofs?.jwt;
    if (!proofs || proofs.length !== 1)
      throw oauthError(Oauth2ErrorCodes.InvalidProof, 'Exactly one jwt proof of the wallet key is required.');
    const holderKey = await this.verifiedProofKey(issuerMetadata, proofs[0]);
    const credential = await this.dataSource.transaction((manager) => this.issueForOffer(manager, tokenPayload.sub, holderKey));
    this.statusList.invalidate();
    return this.parties.issuer.createCredentialResponse({ credentialRequest: parsed, credentials: [{ credential: credential.jws }] });
  }

  private async verifiedProofKey(issuerMetadata: IssuerMetadataResult, jwt: string): Promise<Record<string, string>> {
    let nonce: unknown;
    try {
      nonce = decodeJwt({ jwt }).payload.nonce;
    } catch {
      throw oauthError(Oauth2ErrorCodes.InvalidProof, 'The proof is not a JWT.');
    }
    const nonceExpiresAt = this.nonces.check(nonce);
    if (!nonceExpiresAt) throw oauthError(Oauth2ErrorCodes.InvalidNonce, 'Unknown or expired c_nonce: request a new one.');
    const { header } = await this.parties.issuer.verifyCredentialRequestJwtProof({
      issuerMetadata,
      jwt,
      expectedNonce: nonce as string,
      nonceExpiresAt,
    });
    const { kty, crv, x, y } = (header.jwk ?? {}) as Record<string, string | undefined>;
    if (kty !== 'EC' || crv !== 'P-256' || !x || !y || (header.jwk && 'd' in header.jwk)) {
      throw oauthError(Oauth2ErrorCodes.InvalidProof, 'The proof must carry the wallet’s public P-256 key as jwk.');
    }
    return { kty, crv, x, y };
  }

  private async issueForOffer(
    manager: EntityManager,
    offerId: string | undefined,
    holderKey: Record<string, string>,
  ): Promise<CardCredential> {
    const offer = offerId && isUuid(offerId) ? await manager.findOneBy(CardCredentialOffer, { id: offerId }) : null;
    if (!offer) throw oauthError(Oauth2ErrorCodes.InvalidToken, 'Unknown access token.', 401);
    const denied = () => oauthError(Oauth2ErrorCodes.CredentialRequestDenied, 'The card cannot be added to a wallet now.');
    try {
      await this.entitlements.requireActive(manager, offer.accountId);
    } catch {
      throw denied();
    }
    const card = await manager.findOne(CitizenCard, { where: { id: offer.cardId }, lock: { mode: 'pessimistic_write' } });
    const locked = await manager.findOne(CardCredentialOffer, { where: { id: offer.id }, lock: { mode: 'pessimistic_write' } });
    if (!locked || locked.credentialId) throw oauthError(Oauth2ErrorCodes.InvalidToken, 'The access token was used already.', 401);
    if (!card || card.status !== CitizenCardStatus.active) throw denied();
    await manager.update(
      CardCredential,
      { cardId: card.id, kind: CardCredentialKind.wallet, supersededAt: IsNull() },
      { supersededAt: new Date() },
    );
    const credential = await this.credentials.issue(manager, card, CardCredentialKind.wallet, holderKey);
    await manager.update(CardCredentialOffer, { id: offer.id }, { credentialId: credential.id });
    await this.audit.record(
      { action: 'card.added_to_wallet', actorAccountId: card.accountId, subjectType: 'citizen_card', subjectId: card.id },
      manager,
    );
    return credential;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Oauth2AuthorizationServer, Oauth2ResourceServer, setGlobalConfig } from '@openid4vc/oauth2';
import { Openid4vciIssuer, Openid4vciVersion, type IssuerMetadataResult } from '@openid4vc/openid4vci';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Translator } from '../../common/i18n/translator.js';
import { LANGUAGES } from '../../../packages/shared/src/index.js';
import { CardCredentialIssuer } from '../card-credential-issuer.js';
import { CardIssuerService } from '../issuer/card-issuer.service.js';
import { openid4vcCallbacks } from './openid4vc-callbacks.js';
import {
  authorizationServerMetadata,
  credentialIssuerMetadata,
  OPENID4VCI_PATHS,
  type WalletDisplayTexts,
} from './wallet-issuer-metadata.js';

/**
 * The three OpenID4VCI roles this application plays (credential issuer, authorization server,
 * resource server), wired to the card issuer's ES256 key, and their metadata.
 */
@Injectable()
export class Openid4vciParties {
  readonly issuer: Openid4vciIssuer;
  readonly authorizationServer: Oauth2AuthorizationServer;
  readonly resourceServer: Oauth2ResourceServer;
  private metadata?: IssuerMetadataResult;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    keys: CardIssuerService,
    private readonly credentials: CardCredentialIssuer,
    private readonly translator: Translator,
  ) {
    // Development and tests run on http://; production's public URL is https:// and stays strict.
    setGlobalConfig({ allowInsecureUrls: !config.publicUrl.startsWith('https://') });
    const callbacks = openid4vcCallbacks({
      es256Signer: () => keys.es256Signer(),
      jwks: async () => (await keys.jwks()) as { keys: never[] },
      jwksUri: `${config.publicUrl}${OPENID4VCI_PATHS.jwks}`,
    });
    this.issuer = new Openid4vciIssuer({ callbacks });
    this.authorizationServer = new Oauth2AuthorizationServer({ callbacks });
    this.resourceServer = new Oauth2ResourceServer({ callbacks });
  }

  authorizationServerMetadata() {
    return this.authorizationServer.createAuthorizationServerMetadata(authorizationServerMetadata(this.config.publicUrl));
  }

  /** Issuer and authorization server metadata; they depend on configuration and catalogues only: built once. */
  issuerMetadata(): IssuerMetadataResult {
    if (this.metadata) return this.metadata;
    const credentialIssuer = this.issuer.createCredentialIssuerMetadata(
      credentialIssuerMetadata(this.config.publicUrl, this.credentials.vct, this.displayTexts()),
    );
    this.metadata = {
      originalDraftVersion: Openid4vciVersion.V1,
      credentialIssuer,
      authorizationServers: [this.authorizationServerMetadata()],
      knownCredentialConfigurations: this.issuer.getKnownCredentialConfigurationsSupported(credentialIssuer),
    };
    return this.metadata;
  }

  /** What a wallet shows of the issuer, the card and its claims, in every language the platform speaks. */
  private displayTexts(): WalletDisplayTexts[] {
    return LANGUAGES.filter(({ code }) => this.translator.supports(code)).map(({ code, locale }) => {
      const t = (key: string) => this.translator.t(code, `cards:${key}`, { city: this.config.cityName });
      return {
        locale,
        issuerName: t('wallet.issuer'),
        cardName: t('pdf.title'),
        cardDescription: t('wallet.description'),
        claims: {
          card_number: t('pdf.number'),
          categories: t('wallet.claims.categories'),
          district: t('pdf.district'),
          name: t('pdf.holder'),
          birth_year: t('wallet.claims.birthYear'),
        },
      };
    });
  }
}

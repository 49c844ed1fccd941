import { Controller, Get, Header, Headers, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { AccountDirectory } from '../identity/index.js';
import { CardPdfService } from './card-pdf.service.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { CitizenCardService } from './citizen-card.service.js';
import { StatusListService } from './status-list.service.js';
import { CardCredentialIssuer, TOKEN_STATUS_LIST_PATH } from './card-credential-issuer.js';
import { citizenCardTypeMetadata } from './card-type-metadata.js';
import { printedPresentation, SdJwtCardVerifier } from '../../packages/card-verifier/src/index.js';
import { staticCode } from '../../packages/shared/src/index.js';

@Controller()
export class CardsController {
  constructor(
    private readonly issuer: CardIssuerService,
    private readonly statusList: StatusListService,
    private readonly cards: CitizenCardService,
    private readonly pdf: CardPdfService,
    private readonly accounts: AccountDirectory,
    private readonly credentials: CardCredentialIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** JWT VC issuer metadata (SD-JWT VC §5): the issuer, its keys, and (for verifiers) the status list. */
  @Get('.well-known/jwt-vc-issuer')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  async issuerMetadata() {
    return { issuer: this.credentials.issuerUrl, jwks: await this.issuer.jwks(), status_list_uri: this.credentials.statusListUri };
  }

  /** The type metadata of the citizen card's `vct` (served at the vct URL and below /.well-known/vct). */
  @Get(['vct/citizen-card', '.well-known/vct/citizen-card'])
  @Public()
  @Header('cache-control', 'public, max-age=3600')
  typeMetadata() {
    return citizenCardTypeMetadata(this.credentials.vct, this.config.cityName);
  }

  /** The IETF Token Status List (ZLIB, 2 bits) the SD-JWT VC credentials point into; conditional GET by ETag. */
  @Get(TOKEN_STATUS_LIST_PATH.slice(1))
  @Public()
  async tokenStatusList(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { jwt, exp, etag } = await this.statusList.token();
    void reply
      .header('cache-control', `public, max-age=${this.config.cards.statusListCacheSeconds}`)
      .header('etag', etag)
      .header('expires', new Date(exp * 1000).toUTCString());
    if (ifNoneMatch === etag) {
      void reply.status(304);
      return '';
    }
    void reply.header('content-type', 'application/statuslist+jwt');
    return jwt;
  }

  /** The card issuer's public keys (ARCHITECTURE §6). */
  @Get('.well-known/jwks.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  jwks() {
    return this.issuer.jwks();
  }

  /** The older signed status list, for `BOP1`/`BOS1` cards until they are renewed. */
  @Get('api/partner/v1/status-list')
  @Public()
  async statusListJws(@Res({ passthrough: true }) reply: FastifyReply) {
    const { jws, claims } = await this.statusList.current();
    void reply
      .header('content-type', 'application/statuslist+jwt')
      .header('cache-control', 'public, max-age=30')
      .header('expires', new Date(claims.exp * 1000).toUTCString());
    return jws;
  }

  /** The printable card, to its holder only. */
  @Get('api/cards/:id/card.pdf')
  @Authenticated()
  async cardPdf(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const card = await this.cards.ownCard(actor, id);
    const credential = await this.cards.staticCredential(card.id);
    const holder = await this.accounts.contactOf(actor.accountId);
    if (!holder) throw DomainException.notFound();
    const code = SdJwtCardVerifier.isSdJwt(credential.jws) ? printedPresentation(credential.jws) : staticCode(credential.jws);
    const pdf = await this.pdf.render(card, code, holder.language);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="citizen-card-${card.number}.pdf"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}

import { Controller, Get, Header, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { AccountDirectory } from '../identity/index.js';
import { CardPdfService } from './card-pdf.service.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { CitizenCardService } from './citizen-card.service.js';
import { StatusListService } from './status-list.service.js';

@Controller()
export class CardsController {
  constructor(
    private readonly issuer: CardIssuerService,
    private readonly statusList: StatusListService,
    private readonly cards: CitizenCardService,
    private readonly pdf: CardPdfService,
    private readonly accounts: AccountDirectory,
  ) {}

  /** The card issuer's public keys (ARCHITECTURE §6). */
  @Get('.well-known/jwks.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  jwks() {
    return this.issuer.jwks();
  }

  /** The signed revocation/suspension status list for offline checks. */
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
    const pdf = await this.pdf.render(card, credential.jws, holder.language);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="citizen-card-${card.number}.pdf"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}

import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccountDirectory } from '../identity/index.js';
import { TRADE_REGISTRATION_SUBJECT } from './trade-registration-case-kind.js';
import { TradeRegistrationPdfService } from './trade-registration-pdf.service.js';
import { TradeRegistrationService } from './trade-registration.service.js';

@Controller()
export class TradeRegistrationController {
  constructor(
    private readonly registrations: TradeRegistrationService,
    private readonly pdf: TradeRegistrationPdfService,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
  ) {}

  /** A registered trade as the documented structured message (docs/trade-registration-export.md); deciding staff only. */
  @Get('api/trade-registrations/:id/export.json')
  @Authenticated()
  async export(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const message = await this.registrations.exportFor(actor, id);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="gewerbeanzeige-${message.anmeldung.gemeindeMeldungNr}.json"`)
      .header('cache-control', 'private, no-store');
    return message;
  }

  /** The confirmation of a registered trade: to the company's representatives and deciding staff only. */
  @Get('api/trade-registrations/:id/confirmation.pdf')
  @Authenticated()
  async confirmation(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.registrations.getForDocument(actor, id);
    const applicantId = view.registration.submittedByAccountId ?? view.registration.createdByAccountId;
    const applicant = await this.accounts.contactOf(applicantId);
    const pdf = await this.pdf.render(view, applicant?.language ?? 'de');
    await this.audit.record({
      action: 'trade_registration.confirmation_downloaded',
      actorAccountId: actor.accountId,
      subjectType: TRADE_REGISTRATION_SUBJECT,
      subjectId: id,
    });
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="gewerbeanmeldung-${view.registration.registrationNumber}.pdf"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { AccountConfirmationService } from './account-confirmation.service.js';

/** `GET /api/banking/applications/:applicationId/account-confirmation`: PDF, for the company's representatives (and staff). */
@Controller('api/banking/applications')
export class AccountConfirmationController {
  constructor(private readonly confirmations: AccountConfirmationService) {}

  @Get(':applicationId/account-confirmation')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('applicationId') applicationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const pdf = await this.confirmations.render(actor, applicationId);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="account-confirmation.pdf"')
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}

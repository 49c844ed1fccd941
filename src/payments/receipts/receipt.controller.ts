import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { ReceiptService } from './receipt.service.js';

@Controller('api/payments')
export class ReceiptController {
  constructor(private readonly receipts: ReceiptService) {}

  /** The PDF receipt; only for the payer and staff (anyone else gets 404, as for an unknown id). */
  @Get(':id/receipt.pdf')
  @Authenticated()
  async receipt(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const receipt = await this.receipts.forActor(actor, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${receipt.filename}"`)
      .header('cache-control', 'private, no-store');
    return receipt.content;
  }
}

import { Controller, Headers, HttpCode, Param, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { SIGNATURE_HEADER } from '../signature/bank-signature.js';
import { BankWebhookService } from './bank-webhook.service.js';

/** `POST /api/banking/webhooks/:bankCode`: 401 unknown bank or bad signature, 400 malformed, 200 taken (replays too). */
@Controller('api/banking/webhooks')
export class BankWebhookController {
  constructor(private readonly webhooks: BankWebhookService) {}

  @Post(':bankCode')
  @Public()
  @HttpCode(200)
  receive(
    @Param('bankCode') bankCode: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers(SIGNATURE_HEADER) signature?: string,
  ) {
    return this.webhooks.receive(bankCode, request.rawBody, signature);
  }
}

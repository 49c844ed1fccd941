import { Controller, Headers, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { StripeWebhookService } from './stripe-webhook.service.js';

/** `POST /api/payments/stripe/webhook`: 400 for a bad signature, 200 for everything taken (duplicates too). */
@Controller('api/payments/stripe')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post('webhook')
  @Public()
  @HttpCode(200)
  receive(@Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string) {
    return this.webhooks.receive(request.rawBody, signature);
  }
}

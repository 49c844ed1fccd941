import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ViesSandboxRules } from './vies-sandbox.js';

/**
 * The local VIES sandbox: the REST API's `check-vat-number` with deterministic answers by VAT id
 * (see vies-sandbox.ts). Reached over HTTP by the same `ViesClient` as the real VIES; only when
 * the sandbox is enabled (never in production), otherwise NOT_FOUND.
 */
@Controller('dev/vies-sandbox/rest-api')
@Public()
export class ViesSandboxController {
  private readonly rules = new ViesSandboxRules();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('check-vat-number')
  @HttpCode(200)
  check(@Body() body: unknown, @Res() reply: FastifyReply) {
    if (!this.config.companies.vies.sandbox.enabled) throw DomainException.notFound();
    const { status, body: answer } = this.rules.answer(body);
    return reply.code(status).header('cache-control', 'no-store').send(answer);
  }
}

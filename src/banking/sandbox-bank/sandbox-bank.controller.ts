import { Controller, Headers, HttpCode, Param, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { SIGNATURE_HEADER } from '../signature/bank-signature.js';
import { SandboxBankService } from './sandbox-bank.service.js';

/**
 * The sandbox bank's API, as a partner (this application's bank adapter) calls it. Public at the
 * HTTP level: every request must carry the partner's `Bank-Signature` (401 otherwise).
 */
@Controller('sandbox-bank/api/banks/:bankCode/applications')
@Public()
export class SandboxBankController {
  constructor(private readonly bank: SandboxBankService) {}

  @Post()
  @HttpCode(202)
  apply(
    @Param('bankCode') bankCode: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers(SIGNATURE_HEADER) signature?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.bank.receiveApplication(bankCode, { rawBody: request.rawBody, signature, idempotencyKey });
  }

  @Post(':bankReference/documents')
  @HttpCode(202)
  documents(
    @Param('bankCode') bankCode: string,
    @Param('bankReference') bankReference: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers(SIGNATURE_HEADER) signature?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.bank.receiveDocuments(bankCode, bankReference, { rawBody: request.rawBody, signature, idempotencyKey });
  }
}

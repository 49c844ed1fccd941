import '@fastify/multipart';
import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BankAccountApplicationService } from './bank-account-application.service.js';
import { BankingException } from './banking.exception.js';
import { BankAccountApplicationModel } from './models/bank-account-application.model.js';

/** `POST /api/banking/document-requests/:id/attachment`: one file (PDF, JPEG, PNG) in the multipart field `file`. */
@Controller('api/banking/document-requests')
export class BankDocumentController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly applications: BankAccountApplicationService,
  ) {}

  @Post(':documentRequestId/attachment')
  @HttpCode(201)
  @Authenticated()
  async attach(
    @CurrentActor() actor: Actor,
    @Param('documentRequestId') documentRequestId: string,
    @Req() request: FastifyRequest,
  ): Promise<BankAccountApplicationModel> {
    if (!request.isMultipart()) throw BankingException.uploadMissing();
    const maxBytes = this.config.banking.documentMaxBytes;
    let file: { content: Buffer; fileName?: string } | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3 } })) {
        if (part.type === 'file') file = { content: await part.toBuffer(), fileName: part.filename };
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw BankingException.documentTooLarge(maxBytes);
      throw BankingException.uploadMissing();
    }
    if (!file) throw BankingException.uploadMissing();
    return BankAccountApplicationModel.from(await this.applications.attach(actor, documentRequestId, file, maxBytes));
  }
}

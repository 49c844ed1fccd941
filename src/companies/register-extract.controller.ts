import '@fastify/multipart';
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { CompaniesException } from './companies.exception.js';
import { RegisterExtractModel } from './models/company.models.js';
import { RegisterExtractService } from './register-extract.service.js';

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Upload (multipart field `file`) and download of a company's register extract. */
@Controller('api/companies/:companyId/register-extract')
export class RegisterExtractController {
  constructor(private readonly extracts: RegisterExtractService) {}

  @Post()
  @HttpCode(201)
  @Authenticated()
  async upload(
    @CurrentActor() actor: Actor,
    @Param('companyId') companyId: string,
    @Req() request: FastifyRequest,
  ): Promise<RegisterExtractModel> {
    if (!request.isMultipart()) throw CompaniesException.extractMissing();
    let file: { content: Buffer; fileName?: string } | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: this.extracts.maxBytes, files: 1, fields: 2, parts: 3 } })) {
        if (part.type === 'file') file = { content: await part.toBuffer(), fileName: part.filename };
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw CompaniesException.extractTooLarge(this.extracts.maxBytes);
      throw CompaniesException.extractMissing();
    }
    if (!file) throw CompaniesException.extractMissing();
    return RegisterExtractModel.from(await this.extracts.upload(actor, companyId, file));
  }

  @Get()
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('companyId') companyId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.extracts.open(actor, companyId);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }
}

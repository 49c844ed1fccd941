import '@fastify/multipart';
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CompaniesException } from '../companies.exception.js';
import { BRANCH_CHECKLIST, BranchChecklistItem } from './growth-enums.js';
import { GrowthPackages } from './growth-packages.service.js';
import { GrowthPlanModel } from './growth.models.js';
import { GrowthService } from './growth.service.js';

function contentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Checklist uploads of a branch (multipart field `file`) and the prefilled packages as PDF and JSON. */
@Controller('api/companies/growth/:planId')
export class GrowthController {
  constructor(
    private readonly growth: GrowthService,
    private readonly packages: GrowthPackages,
  ) {}

  @Post('documents/:item')
  @HttpCode(201)
  @Authenticated()
  async upload(
    @CurrentActor() actor: Actor,
    @Param('planId') planId: string,
    @Param('item') item: string,
    @Req() request: FastifyRequest,
  ): Promise<GrowthPlanModel> {
    if (!BRANCH_CHECKLIST.includes(item as BranchChecklistItem)) throw DomainException.notFound();
    if (!request.isMultipart()) throw CompaniesException.extractMissing();
    let file: { content: Buffer; fileName?: string } | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: this.growth.maxBytes, files: 1, fields: 2, parts: 3 } })) {
        if (part.type === 'file') file = { content: await part.toBuffer(), fileName: part.filename };
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw CompaniesException.extractTooLarge(this.growth.maxBytes);
      throw CompaniesException.extractMissing();
    }
    if (!file || file.content.length === 0) throw CompaniesException.extractMissing();
    return GrowthPlanModel.from(await this.growth.uploadDocument(actor, planId, item as BranchChecklistItem, file));
  }

  @Get('documents/:item')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('planId') planId: string,
    @Param('item') item: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.growth.openDocument(actor, planId, item);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }

  @Get('packages/:file')
  @Authenticated()
  async package(
    @CurrentActor() actor: Actor,
    @Param('planId') planId: string,
    @Param('file') fileName: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const match = /^([a-z_]{1,40})\.(pdf|json)$/.exec(fileName);
    if (!match) throw DomainException.notFound();
    const [, pkg, format] = match;
    void reply.header('cache-control', 'private, no-store');
    if (format === 'json') {
      const data = await this.packages.data(actor, planId, pkg);
      void reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', contentDisposition(`${pkg.replace(/_/g, '-')}.json`));
      return JSON.stringify(data, null, 2);
    }
    const pdf = await this.packages.pdf(actor, planId, pkg);
    void reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`${pkg.replace(/_/g, '-')}.pdf`));
    return pdf;
  }
}

import '@fastify/multipart';
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { EvidenceDocumentModel } from './models/evidence-document.model.js';
import { EvidenceService } from './evidence.service.js';
import { ResidencyException } from './residency.exception.js';

const LIMIT_ERRORS: Record<string, 'size' | 'count'> = {
  FST_REQ_FILE_TOO_LARGE: 'size',
  FST_FILES_LIMIT: 'count',
  FST_PARTS_LIMIT: 'count',
  FST_FIELDS_LIMIT: 'count',
};

/** RFC 6266 download name: an ASCII fallback plus the exact name in UTF-8. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Uploading and downloading evidence documents (multipart is awkward in GraphQL; everything else is there). */
@Controller('api/residency/applications/:applicationId/evidence')
export class EvidenceController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evidence: EvidenceService,
  ) {}

  /** One file per request in the multipart field `file`; `?kind=` says what it proves. */
  @Post()
  @HttpCode(201)
  @Authenticated()
  async upload(
    @CurrentActor() actor: Actor,
    @Param('applicationId') applicationId: string,
    @Query('kind') kind: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<EvidenceDocumentModel> {
    if (!request.isMultipart()) throw ResidencyException.uploadMissing();
    const maxBytes = this.config.files.evidenceMaxBytes;
    let file: { content: Buffer; fileName?: string } | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 } })) {
        if (part.type === 'file') file = { content: await part.toBuffer(), fileName: part.filename };
      }
    } catch (error) {
      const limit = LIMIT_ERRORS[(error as { code?: string }).code ?? ''];
      if (limit === 'size') throw ResidencyException.evidenceTooLarge(maxBytes);
      if (limit === 'count') throw ResidencyException.oneFilePerUpload();
      throw ResidencyException.uploadMissing();
    }
    if (!file) throw ResidencyException.uploadMissing();
    return EvidenceDocumentModel.from(await this.evidence.upload(actor, applicationId, kind, file));
  }

  @Get(':evidenceId')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('applicationId') applicationId: string,
    @Param('evidenceId') evidenceId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.evidence.open(actor, applicationId, evidenceId);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }
}

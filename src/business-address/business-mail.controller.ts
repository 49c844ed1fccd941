import '@fastify/multipart';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BusinessAddressException } from './business-address.exception.js';
import { BusinessMailInboxService, requireMailStaff } from './business-mail-inbox.service.js';
import { mailItemModel } from './models/business-address.mappers.js';
import type { BusinessMailItemModel } from './models/business-address.models.js';

const FIELDS = new Set(['allocationId', 'sender', 'receivedOn']);

/** RFC 6266 download name: an ASCII fallback plus the exact name in UTF-8. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Recording a letter with its scan (multipart), and downloading a scan; the rest is in GraphQL. */
@Controller('api/business-mail')
export class BusinessMailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: BusinessMailInboxService,
  ) {}

  /** Staff: multipart fields `allocationId`, `sender`, `receivedOn` (YYYY-MM-DD) and, for scanned mail, the file `scan`. */
  @Post()
  @HttpCode(201)
  @Authenticated(Role.staff_economic_development, Role.admin)
  async record(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<BusinessMailItemModel> {
    requireMailStaff(actor);
    if (!request.isMultipart()) throw BusinessAddressException.uploadMissing();
    const maxBytes = this.config.businessAddress.scanMaxBytes;
    const fields: Record<string, string> = {};
    let scan: { content: Buffer } | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 3, parts: 4, fieldSize: 1000 } })) {
        if (part.type === 'file') {
          if (part.fieldname !== 'scan') throw BusinessAddressException.uploadMissing();
          scan = { content: await part.toBuffer() };
        } else if (FIELDS.has(part.fieldname) && typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
    } catch (error) {
      if (error instanceof BusinessAddressException) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw BusinessAddressException.scanTooLarge(maxBytes);
      throw BusinessAddressException.uploadMissing();
    }
    const item = await this.inbox.record(actor, {
      allocationId: fields.allocationId ?? '',
      sender: fields.sender ?? '',
      receivedOn: fields.receivedOn ?? '',
      scan,
    });
    return mailItemModel(item, await this.inbox.mailboxOfItem(item));
  }

  /** Representatives of the company only; anyone else gets 404. */
  @Get(':itemId/scan')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('itemId') itemId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.inbox.openScan(actor, itemId);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }
}

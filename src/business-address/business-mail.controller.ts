import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { sendScan } from '../common/files/scanned-letter.js';
import { readMailDeskLetter } from '../common/mail-desk/index.js';
import { Role } from '../common/auth/role.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BusinessAddressException } from './business-address.exception.js';
import { BusinessMailInboxService, requireMailStaff } from './business-mail-inbox.service.js';
import { mailItemModel } from './models/business-address.mappers.js';
import type { BusinessMailItemModel } from './models/business-address.models.js';

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
    const maxBytes = this.config.businessAddress.scanMaxBytes;
    const letter = await readMailDeskLetter(request, maxBytes, {
      malformed: () => BusinessAddressException.uploadMissing(),
      tooLarge: () => BusinessAddressException.scanTooLarge(maxBytes),
    });
    const item = await this.inbox.record(actor, letter);
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
    return sendScan(reply, await this.inbox.openScan(actor, itemId));
  }
}

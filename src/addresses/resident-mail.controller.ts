import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { sendScan } from '../common/files/scanned-letter.js';
import { readMailDeskLetter } from '../common/mail-desk/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AddressesException } from './addresses.exception.js';
import { residentMailItemModel, type ResidentMailItemModel } from './models/resident-mail.model.js';
import { RESIDENT_MAIL_STAFF_ROLES, ResidentMailService, requireResidentMailStaff } from './resident-mail.service.js';

/** Recording a resident's letter with its scan (multipart), and the holder's download; the rest is in GraphQL. */
@Controller('api/resident-mail')
export class ResidentMailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: ResidentMailService,
  ) {}

  /** Citizens' office: multipart fields `allocationId`, `sender`, `receivedOn` (YYYY-MM-DD) and, for scanned mail, the file `scan`. */
  @Post()
  @HttpCode(201)
  @Authenticated(...RESIDENT_MAIL_STAFF_ROLES)
  async record(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ResidentMailItemModel> {
    requireResidentMailStaff(actor);
    // Letters are letters: the same size limit as business mail.
    const maxBytes = this.config.businessAddress.scanMaxBytes;
    const letter = await readMailDeskLetter(request, maxBytes, {
      malformed: () => AddressesException.invalidMail('scan', 'addresses.upload_malformed'),
      tooLarge: () =>
        AddressesException.invalidMail('scan', 'addresses.scan_too_large', { maxMegabytes: Math.floor(maxBytes / 1024 / 1024) }),
    });
    const item = await this.mail.record(actor, letter);
    return residentMailItemModel(await this.mail.withMailbox(item));
  }

  /** The mailbox's holder only; anyone else gets 404. */
  @Get(':itemId/scan')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('itemId') itemId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendScan(reply, await this.mail.openScan(actor, itemId));
  }
}

import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { RequestContext } from '../common/context/request-context.js';
import { PersonalDataPdf } from './personal-data-pdf.js';
import { PrivacyService } from './privacy.service.js';

/** Downloads of the caller's own data (Art. 15 GDPR); there is no id to ask for anyone else's. */
@Controller('api/privacy')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly pdf: PersonalDataPdf,
    private readonly requestContext: RequestContext,
  ) {}

  @Get('my-data.json')
  @Authenticated()
  async json(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const data = await this.privacy.exportOwn(actor);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="my-data.json"')
      .header('cache-control', 'private, no-store');
    return JSON.stringify(data, null, 2);
  }

  @Get('my-data.pdf')
  @Authenticated()
  async pdfCopy(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const data = await this.privacy.exportOwn(actor);
    const content = await this.pdf.render(data, this.requestContext.language ?? actor.language);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="my-data.pdf"')
      .header('cache-control', 'private, no-store');
    return content;
  }
}

import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { RegisterExtractLinkService } from './register-extract-link.service.js';

/**
 * `GET /api/banking/kyc/:applicationId/register-extract?expires=…&signature=…`: the register extract
 * handed over with an application, for the bank only (signed with its secret, expiring), and only
 * the very file whose hash is in the consented package.
 */
@Controller('api/banking/kyc')
export class RegisterExtractLinkController {
  constructor(private readonly links: RegisterExtractLinkService) {}

  @Get(':applicationId/register-extract')
  @Public()
  async download(
    @Param('applicationId') applicationId: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.links.open(applicationId, expires, signature);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', 'attachment; filename="register-extract"')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }
}

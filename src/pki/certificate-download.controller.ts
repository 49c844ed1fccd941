import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { CertificateQueries } from './certificate-queries.service.js';

export const certificateDownloadPath = (certificateId: string) => `/api/pki/certificates/${certificateId}/certificate.pem`;

/** A certificate as a PEM file for its holder (or staff): the document of the journey's certificate step. */
@Controller('api/pki/certificates')
export class CertificateDownloadController {
  constructor(private readonly queries: CertificateQueries) {}

  @Get(':certificateId/certificate.pem')
  @Authenticated()
  async download(
    @CurrentActor() actor: Actor,
    @Param('certificateId') certificateId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const certificate = await this.queries.readable(actor, certificateId);
    void reply
      .header('content-type', 'application/x-pem-file')
      .header('content-disposition', `attachment; filename="certificate-${certificate.serialHex}.pem"`)
      .header('cache-control', 'private, no-store');
    return certificate.pem;
  }
}

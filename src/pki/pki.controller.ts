import { Controller, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/access.decorators.js';
import { CertificateAuthority } from './authority/certificate-authority.service.js';
import { PkiCrlIssuer } from './entities/pki-crl.entity.js';
import { CrlService } from './revocation/crl.service.js';
import { OcspResponderService } from './revocation/ocsp-responder.service.js';

export const OCSP_REQUEST_TYPE = 'application/ocsp-request';
/** An OCSP request in a GET path is base64 (RFC 6960 Appendix A.1); longer ones must be POSTed. */
const MAX_GET_REQUEST_LENGTH = 4096;

/** The CA's public face (ARCHITECTURE §6): certificates, CRLs and the OCSP responder, all DER except the PEM files. */
@Controller('pki')
export class PkiController {
  constructor(
    private readonly authority: CertificateAuthority,
    private readonly crl: CrlService,
    private readonly ocsp: OcspResponderService,
  ) {}

  @Get('root.pem')
  @Public()
  @Header('content-type', 'application/x-pem-file')
  @Header('cache-control', 'public, max-age=3600')
  async rootPem(): Promise<string> {
    return (await this.authority.chainPems()).rootPem;
  }

  @Get('issuing.pem')
  @Public()
  @Header('content-type', 'application/x-pem-file')
  @Header('cache-control', 'public, max-age=3600')
  async issuingPem(): Promise<string> {
    return (await this.authority.chainPems()).issuingPem;
  }

  @Get('root.cer')
  @Public()
  @Header('content-type', 'application/pkix-cert')
  @Header('cache-control', 'public, max-age=3600')
  async rootDer(): Promise<Buffer> {
    return (await this.authority.authorities()).root.certificateDer;
  }

  @Get('issuing.cer')
  @Public()
  @Header('content-type', 'application/pkix-cert')
  @Header('cache-control', 'public, max-age=3600')
  async issuingDer(): Promise<Buffer> {
    return (await this.authority.authorities()).issuing.certificateDer;
  }

  @Get('crl')
  @Public()
  @Header('content-type', 'application/pkix-crl')
  @Header('cache-control', 'public, max-age=60')
  issuingCrl(): Promise<Buffer> {
    return this.crl.current(PkiCrlIssuer.issuing);
  }

  @Get('root.crl')
  @Public()
  @Header('content-type', 'application/pkix-crl')
  @Header('cache-control', 'public, max-age=3600')
  rootCrl(): Promise<Buffer> {
    return this.crl.current(PkiCrlIssuer.root);
  }

  @Post('ocsp')
  @Public()
  @HttpCode(200)
  async ocspPost(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    void reply.header('content-type', 'application/ocsp-response').header('cache-control', 'no-store');
    const body =
      request.headers['content-type']?.split(';')[0].trim().toLowerCase() === OCSP_REQUEST_TYPE && Buffer.isBuffer(request.body)
        ? request.body
        : undefined;
    return this.ocsp.respond(body);
  }

  @Get('ocsp/*')
  @Public()
  async ocspGet(@Param('*') encoded: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    void reply.header('content-type', 'application/ocsp-response').header('cache-control', 'public, max-age=60');
    const text = decodeURIComponent(encoded ?? '');
    const der =
      text.length > 0 && text.length <= MAX_GET_REQUEST_LENGTH && /^[A-Za-z0-9+/=_-]+$/.test(text)
        ? Buffer.from(text, 'base64')
        : undefined;
    return this.ocsp.respond(der);
  }
}

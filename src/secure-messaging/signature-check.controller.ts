import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Public } from '../common/auth/access.decorators.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PkiTrustAnchors } from '../pki/index.js';
import { readMultipartForm } from './multipart-form.js';
import { SecureMessagingException } from './secure-messaging.exception.js';
import { verifyCmsSignature } from './signature-verifier.js';

export interface SignatureCheckResponse {
  verdict: string;
  reason: string | null;
  signedAt: string | null;
  checkedAt: string;
  validAtSigningTime: boolean;
  certificateStatus: 'good' | 'revoked' | 'unknown' | null;
  revokedAt: string | null;
  revocationReason: string | null;
  contentEmbedded: boolean;
  signer: {
    commonName: string | null;
    organization: string | null;
    serialNumber: string;
    notBefore: string;
    notAfter: string;
    issuer: string;
  } | null;
}

/** Anyone may check a document and its detached signature (or a .p7m with the content inside). */
@Controller('api/signatures')
export class SignatureCheckController {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anchors: PkiTrustAnchors,
    rateLimiters: RateLimiterFactory,
  ) {
    this.limiter = rateLimiters.create({ name: 'signature-check', points: config.messaging.signatureCheckPerMinute, durationSeconds: 60 });
  }

  /** Multipart file parts `signature` (.p7s/.p7m, DER or PEM) and `document` (omitted for a .p7m). */
  @Post('verify')
  @HttpCode(200)
  @Public()
  async verify(@Req() request: FastifyRequest): Promise<SignatureCheckResponse> {
    try {
      await this.limiter.consume(request.ip ?? 'unknown');
    } catch (error) {
      if (error instanceof RateLimiterRes) throw DomainException.rateLimited(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
    const maxBytes = this.config.messaging.signatureCheckMaxBytes;
    const form = await readMultipartForm(
      request,
      { fileSize: maxBytes, files: 2, fields: 0, fieldSize: 1 },
      () => SecureMessagingException.fileTooLarge(maxBytes),
      () => SecureMessagingException.documentRequired(),
    );
    const signature = form.files.find((file) => file.field === 'signature');
    const document = form.files.find((file) => file.field === 'document');
    if (!signature?.content.length) throw SecureMessagingException.documentRequired();

    const at = new Date();
    const result = await verifyCmsSignature(signature.content, this.anchors, {
      content: document?.content.length ? document.content : null,
      at,
      clockSkewSeconds: this.config.messaging.clockSkewSeconds,
    });
    if (result.reason === 'malformed_signature') throw SecureMessagingException.notASignature();
    if (result.reason === 'content_missing') throw SecureMessagingException.documentRequired();
    const signer = result.signer;
    return {
      verdict: result.verdict,
      reason: result.reason,
      signedAt: result.signingTime?.toISOString() ?? null,
      checkedAt: result.checkedAt.toISOString(),
      validAtSigningTime: !!signer && result.checkedAt >= signer.notBefore && result.checkedAt <= signer.notAfter,
      certificateStatus: result.certificateStatus,
      revokedAt: result.revokedAt?.toISOString() ?? null,
      revocationReason: result.revocationReason,
      contentEmbedded: !document?.content.length,
      signer: signer
        ? {
            commonName: signer.commonName,
            organization: signer.organization,
            serialNumber: signer.serialHex,
            notBefore: signer.notBefore.toISOString(),
            notAfter: signer.notAfter.toISOString(),
            issuer: signer.issuer.replace(/\n/g, ', '),
          }
        : null,
    };
  }
}

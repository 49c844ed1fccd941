import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { JobQueue } from '../common/jobs/job-queue.js';
import { CompaniesModule } from '../companies/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { TradeRegistrationModule } from '../trade-registration/index.js';
import { AuthoritySigner } from './authority/authority-signer.service.js';
import { CertificateAuthority } from './authority/certificate-authority.service.js';
import { CertificateDownloadController } from './certificate-download.controller.js';
import { CertificateOnboardingStep } from './certificate-onboarding-step.js';
import { CertificateQueries } from './certificate-queries.service.js';
import { CertificateIssuer } from './issuance/certificate-issuer.service.js';
import { CertificateRequestService } from './issuance/certificate-request.service.js';
import { OCSP_REQUEST_TYPE, PkiController } from './pki.controller.js';
import { PKI_RESOLVERS } from './pki.resolvers.js';
import { PkiTrustAnchors } from './pki-trust-anchors.service.js';
import { CertificateStatusService } from './revocation/certificate-status.service.js';
import { CrlService } from './revocation/crl.service.js';
import { OcspResponderService } from './revocation/ocsp-responder.service.js';
import { RevocationService } from './revocation/revocation.service.js';
import { PkiPersonalData } from './pki-personal-data.js';

const OCSP_BODY_LIMIT = 16_384;

@Module({
  imports: [IdentityVerificationModule, CompaniesModule, TradeRegistrationModule],
  controllers: [PkiController, CertificateDownloadController],
  providers: [
    PkiPersonalData,
    CertificateAuthority,
    CertificateIssuer,
    CertificateRequestService,
    CertificateQueries,
    CertificateStatusService,
    CrlService,
    OcspResponderService,
    RevocationService,
    AuthoritySigner,
    CertificateOnboardingStep,
    PkiTrustAnchors,
    ...PKI_RESOLVERS,
  ],
  exports: [CertificateAuthority, CertificateStatusService, AuthoritySigner, CertificateIssuer, PkiTrustAnchors],
})
export class PkiModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
    private readonly crl: CrlService,
  ) {}

  onModuleInit(): void {
    // OCSP requests are raw DER (RFC 6960 Appendix A); only the responder reads this content type.
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (fastify && !fastify.hasContentTypeParser(OCSP_REQUEST_TYPE)) {
      fastify.addContentTypeParser(OCSP_REQUEST_TYPE, { parseAs: 'buffer', bodyLimit: OCSP_BODY_LIMIT }, (_request, body, done) =>
        done(null, body),
      );
    }
    this.jobs.schedule('pki.crl-refresh', '7 * * * *', () => this.crl.refreshDue());
  }
}

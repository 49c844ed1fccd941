import { Injectable, Logger } from '@nestjs/common';
import { CertificateAuthority } from '../authority/certificate-authority.service.js';
import { CertificateStatusService } from './certificate-status.service.js';
import {
  buildOcspResponse,
  isOurIssuer,
  OcspMalformed,
  OcspResponseStatus,
  ocspErrorResponse,
  parseOcspRequest,
  type OcspCertStatus,
} from './ocsp-codec.js';
import { RevocationReason } from './revocation-reason.js';

/** Minutes a client may cache an answer (revocations are answered at once to every new request). */
const RESPONSE_VALIDITY_MINUTES = 10;

/** RFC 6960 responder: the issuing CA signs the answers itself (no delegated responder certificate). */
@Injectable()
export class OcspResponderService {
  private readonly logger = new Logger('OcspResponder');

  constructor(
    private readonly authority: CertificateAuthority,
    private readonly statuses: CertificateStatusService,
  ) {}

  /** Always a DER OCSPResponse: errors are answered as OCSP error statuses, not HTTP errors. */
  async respond(requestDer: Buffer | undefined): Promise<Buffer> {
    let parsed;
    try {
      if (!requestDer || requestDer.length === 0) return ocspErrorResponse(OcspResponseStatus.malformedRequest);
      parsed = parseOcspRequest(requestDer);
    } catch (error) {
      if (error instanceof OcspMalformed) return ocspErrorResponse(OcspResponseStatus.malformedRequest);
      throw error;
    }
    try {
      const issuing = await this.authority.issuing();
      const responder = {
        issuerNameDer: issuing.subjectNameDer,
        issuerPublicKeyDer: issuing.publicKeyDer,
        certificateDer: issuing.certificateDer,
        privateKey: issuing.privateKey,
      };
      const ours = parsed.requests.filter((request) => isOurIssuer(request, responder));
      const statuses = await this.statuses.statusesOf(ours.map((request) => request.serialHex));
      const answers = parsed.requests.map((request) => {
        const known = ours.includes(request) ? statuses.get(request.serialHex) : undefined;
        const status: OcspCertStatus =
          !known || known.status === 'unknown'
            ? { status: 'unknown' }
            : known.status === 'revoked'
              ? {
                  status: 'revoked',
                  revokedAt: known.revokedAt!,
                  reason: (known.reason as RevocationReason) ?? RevocationReason.unspecified,
                }
              : { status: 'good' };
        return { request, status };
      });
      return await buildOcspResponse(responder, answers, parsed.nonceExtension, new Date(), RESPONSE_VALIDITY_MINUTES);
    } catch (error) {
      this.logger.error({ err: error }, 'OCSP response failed');
      return ocspErrorResponse(OcspResponseStatus.internalError);
    }
  }
}

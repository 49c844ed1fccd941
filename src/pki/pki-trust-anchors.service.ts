import { Injectable } from '@nestjs/common';
import { CertificateAuthority } from './authority/certificate-authority.service.js';
import { CertificateStatusService, type CertificateStatus } from './revocation/certificate-status.service.js';

/** What a domain that checks signatures needs from the city CA: its chain and each certificate's status. */
@Injectable()
export class PkiTrustAnchors {
  constructor(
    private readonly authority: CertificateAuthority,
    private readonly statuses: CertificateStatusService,
  ) {}

  chainPems(): Promise<{ rootPem: string; issuingPem: string }> {
    return this.authority.chainPems();
  }

  statusOf(serialHex: string): Promise<CertificateStatus> {
    return this.statuses.statusOf(serialHex);
  }
}

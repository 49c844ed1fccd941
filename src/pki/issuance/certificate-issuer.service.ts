import { Inject, Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { authorityUrls, type LoadedAuthority } from '../authority/authority-setup.js';
import { backdated, endEntityExtensions, endEntitySharedExtensions } from '../authority/authority-certificates.js';
import { CertificateAuthority } from '../authority/certificate-authority.service.js';
import { IssuedCertificate, IssuedCertificateKind } from '../entities/issued-certificate.entity.js';
import { certificatePolicies } from '../x509/extensions.js';
import { distinguishedName, issueCertificateOffLoop, randomSerialHex, type NameAttribute } from '../x509/certificate-builder.js';

export interface SignedCertificate {
  serialHex: string;
  pem: string;
  der: Buffer;
  notBefore: Date;
  notAfter: Date;
}

export interface IssueRequest {
  accountId: string;
  companyId: string;
  subject: NameAttribute[];
  publicKey: KeyObject;
  idempotencyKey: string;
  csrFingerprint: string;
  /** Certificate policy OIDs (how the person was identified). */
  policyOids: string[];
}

const SERIAL_CONSTRAINT = 'UQ_pki_certificates_serial';
const MAX_SERIAL_ATTEMPTS = 3;

/** Signs end-entity certificates with the issuing CA: forge builds and native crypto signs on a worker thread of lower priority. */
@Injectable()
export class CertificateIssuer {
  private shared?: { keyId: Buffer; extensions: ReturnType<typeof endEntitySharedExtensions> };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authority: CertificateAuthority,
  ) {}

  /** Builds and signs one certificate; no database. */
  async sign(
    subject: NameAttribute[],
    publicKey: KeyObject,
    issuing?: LoadedAuthority,
    now = new Date(),
    policyOids: string[] = [],
  ): Promise<SignedCertificate> {
    const ca = issuing ?? (await this.authority.issuing());
    const notBefore = backdated(now);
    const wanted = new Date(notBefore.getTime() + this.config.pki.certificateValidityDays * 86_400_000);
    const notAfter = wanted > ca.notAfter ? ca.notAfter : wanted;
    const serialHex = randomSerialHex();
    const { der, pem } = await issueCertificateOffLoop(
      {
        serialHex,
        issuer: ca.subject,
        subject,
        publicKey,
        notBefore,
        notAfter,
        extensions: [
          ...endEntityExtensions(publicKey, ca.keyId, authorityUrls(this.config.pki), this.sharedExtensions(ca)),
          ...(policyOids.length > 0 ? [certificatePolicies(policyOids)] : []),
        ],
      },
      ca.privateKey,
    );
    return { serialHex, pem, der, notBefore, notAfter };
  }

  private sharedExtensions(ca: LoadedAuthority): ReturnType<typeof endEntitySharedExtensions> {
    if (!this.shared || !this.shared.keyId.equals(ca.keyId)) {
      this.shared = { keyId: ca.keyId, extensions: endEntitySharedExtensions(ca.keyId, authorityUrls(this.config.pki)) };
    }
    return this.shared.extensions;
  }

  /**
   * Issues and records a person's certificate in `manager`'s transaction. The unique constraint on the
   * serial decides; a collision (2^-128-ish) is retried with a fresh serial behind a savepoint.
   */
  async issue(manager: EntityManager, request: IssueRequest): Promise<IssuedCertificate> {
    const issuing = await this.authority.issuing();
    for (let attempt = 1; ; attempt++) {
      const signed = await this.sign(request.subject, request.publicKey, issuing, new Date(), request.policyOids);
      const row = manager.create(IssuedCertificate, {
        serialHex: signed.serialHex,
        kind: IssuedCertificateKind.person,
        accountId: request.accountId,
        companyId: request.companyId,
        subjectDn: distinguishedName(request.subject),
        pem: signed.pem,
        notBefore: signed.notBefore,
        notAfter: signed.notAfter,
        idempotencyKey: request.idempotencyKey,
        csrFingerprint: request.csrFingerprint,
        revokedAt: null,
        revocationReason: null,
        revocationNote: null,
        revokedByAccountId: null,
        supersededById: null,
      });
      await manager.query('SAVEPOINT pki_certificate_serial');
      try {
        await manager.insert(IssuedCertificate, row);
        await manager.query('RELEASE SAVEPOINT pki_certificate_serial');
        return row;
      } catch (error) {
        const failure = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
        const constraint = failure.driverError?.constraint ?? failure.constraint;
        if (constraint !== SERIAL_CONSTRAINT || attempt >= MAX_SERIAL_ATTEMPTS) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT pki_certificate_serial');
      }
    }
  }
}

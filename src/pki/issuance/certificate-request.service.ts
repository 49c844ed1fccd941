import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { idempotent } from '../../common/idempotency/index.js';
import { LocalQueue } from '../../database/local-queue.js';
import { CompanyAccess, CompanyDirectory, publishJourneyChanged } from '../../companies/index.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { TradeRegistrationDirectory } from '../../trade-registration/index.js';
import { IssuedCertificate, IssuedCertificateKind } from '../entities/issued-certificate.entity.js';
import { PkiException } from '../pki.exception.js';
import { CrlService } from '../revocation/crl.service.js';
import { RevocationReason } from '../revocation/revocation-reason.js';
import { PkiCrlIssuer } from '../entities/pki-crl.entity.js';
import { CertificateIssuer } from './certificate-issuer.service.js';
import { checkCsr, CsrRejected, type CheckedCsr } from './csr-check.js';
import { personSubject } from './person-subject.js';

export const ALLOWED_KEY_BITS = [2048, 3072] as const;
const REQUEST_CONSTRAINT = 'UQ_pki_certificates_request';
/** Trade registrations that count as "at least submitted". */
const ELIGIBLE_TRADE_REGISTRATION = new Set(['submitted', 'paid', 'registered', 'info_requested']);

export interface CertificateRequestInput {
  companyId: string;
  csrPem: string;
  idempotencyKey: string;
}

/**
 * Issuance for a representative with a verified identity, for a company whose trade registration
 * was at least submitted. Renewal: a new CSR in the renewal window gets a new certificate and the
 * previous one is revoked as `superseded` in the same transaction (one active certificate per person
 * and company, so a lost or replaced key never stays valid beside the new one).
 */
@Injectable()
export class CertificateRequestService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly directory: CompanyDirectory,
    private readonly identities: VerifiedIdentities,
    private readonly tradeRegistrations: TradeRegistrationDirectory,
    private readonly issuer: CertificateIssuer,
    private readonly crl: CrlService,
    private readonly audit: AuditService,
    private readonly queue: LocalQueue,
    private readonly cluster: ClusterEvents,
  ) {}

  async request(actor: Actor, input: CertificateRequestInput): Promise<IssuedCertificate> {
    if (!isUuid(input.companyId)) throw DomainException.notFound();
    await this.access.requireRepresentative(actor, input.companyId);
    const csr = this.checkedCsr(input.csrPem);
    let supersededAny = false;
    // The CA keys are loaded before the transaction: loading them must not wait for a second connection.
    await this.crl.prepare();
    const lock = `pki:${actor.accountId}:${input.companyId}`;
    // Queued in this process first, so a burst of one person holds one pool connection, not all of them.
    const certificate = await this.queue.run(lock, () =>
      this.dataSource.transaction(async (manager) => {
        // One request at a time per person and company: renewal and idempotency are decided in order.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
        // The key's unique constraint decides; the same key used at once for two companies gets one certificate and a conflict.
        return idempotent(manager, {
          keyConstraints: [REQUEST_CONSTRAINT],
          find: (current) => current.findOneBy(IssuedCertificate, { accountId: actor.accountId, idempotencyKey: input.idempotencyKey }),
          sameRequest: (previous) => previous.companyId === input.companyId && previous.csrFingerprint === csr.fingerprint,
          conflict: () => PkiException.idempotencyConflict(),
          create: (current) => this.issue(current, actor, input, csr, () => (supersededAny = true)),
        });
      }),
    );
    if (supersededAny) this.crl.invalidate();
    return certificate;
  }

  private async issue(
    manager: EntityManager,
    actor: Actor,
    input: CertificateRequestInput,
    csr: CheckedCsr,
    superseded: () => void,
  ): Promise<IssuedCertificate> {
    // The city's assurance policy decides the level; the certificate records how the person was identified.
    const identity = await this.identities.requireAssurance(actor, this.identities.requiredFor('signature_certificate'), manager);
    const registration = await this.tradeRegistrations.latestFor(input.companyId, manager);
    if (!registration || !ELIGIBLE_TRADE_REGISTRATION.has(registration.status)) throw PkiException.tradeRegistrationRequired();
    const active = await this.activeCertificates(manager, actor.accountId, input.companyId);
    this.requireRenewalWindow(active);
    const company = await this.directory.profile(input.companyId, manager);
    const subject = personSubject(
      {
        accountId: actor.accountId,
        givenName: identity.givenName,
        familyName: identity.familyName,
        company: {
          legalName: company.legalName,
          countryCode: company.countryCode,
          vatId: company.vatId,
          registerNumber: company.registerNumber,
        },
      },
      this.config.pki.keyPassphrase,
    );
    const issued = await this.issuer.issue(manager, {
      accountId: actor.accountId,
      companyId: input.companyId,
      subject,
      publicKey: csr.publicKey,
      idempotencyKey: input.idempotencyKey,
      csrFingerprint: csr.fingerprint,
      policyOids: [this.config.pki.policyOids[identity.method]],
    });
    for (const old of active) {
      await manager.update(
        IssuedCertificate,
        { id: old.id, revokedAt: IsNull() },
        {
          revokedAt: new Date(),
          revocationReason: RevocationReason.superseded,
          revokedByAccountId: actor.accountId,
          supersededById: issued.id,
        },
      );
      superseded();
    }
    await this.audit.record(
      {
        action: 'pki.certificate_issued',
        actorAccountId: actor.accountId,
        subjectType: 'certificate',
        subjectId: issued.id,
        details: {
          serial: issued.serialHex,
          companyId: input.companyId,
          keyBits: csr.modulusBits,
          identificationMethod: identity.method,
          assuranceLevel: identity.level,
          superseded: active.map((row) => row.serialHex),
        },
      },
      manager,
    );
    if (active.length > 0) await this.crl.publish(manager, PkiCrlIssuer.issuing);
    // The company's other open dashboards (another representative, another tab) see the step done.
    await publishJourneyChanged(this.cluster, manager, input.companyId);
    return issued;
  }

  private checkedCsr(csrPem: string): CheckedCsr {
    try {
      return checkCsr(csrPem, ALLOWED_KEY_BITS);
    } catch (error) {
      if (error instanceof CsrRejected) throw PkiException.csrRejected(error.problem, error.params);
      throw error;
    }
  }

  private activeCertificates(manager: EntityManager, accountId: string, companyId: string): Promise<IssuedCertificate[]> {
    return manager.find(IssuedCertificate, {
      where: { accountId, companyId, kind: IssuedCertificateKind.person, revokedAt: IsNull(), notAfter: MoreThan(new Date()) },
    });
  }

  private requireRenewalWindow(active: IssuedCertificate[]): void {
    const windowMs = this.config.pki.renewalWindowDays * 86_400_000;
    for (const certificate of active) {
      const renewableFrom = new Date(certificate.notAfter.getTime() - windowMs);
      if (renewableFrom.getTime() > Date.now()) throw PkiException.activeCertificateExists(renewableFrom);
    }
  }
}

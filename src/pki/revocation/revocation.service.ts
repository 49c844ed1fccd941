import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { param } from '../../common/i18n/message-params.js';
import { COMPANY_STAFF_ROLES, CompanyDirectory, publishJourneyChanged } from '../../companies/index.js';
import { AccountNotifications } from '../../notifications/index.js';
import { IssuedCertificate, IssuedCertificateKind } from '../entities/issued-certificate.entity.js';
import { PkiCrlIssuer } from '../entities/pki-crl.entity.js';
import { PkiException } from '../pki.exception.js';
import { CrlService } from './crl.service.js';
import { HolderRevocationReason, RevocationReason } from './revocation-reason.js';

/**
 * Revocation by the holder or by staff. The revocation and the new CRL are one transaction; OCSP
 * reads the row, so both answer `revoked` as soon as it commits.
 */
@Injectable()
export class RevocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly crl: CrlService,
    private readonly audit: AuditService,
    private readonly companies: CompanyDirectory,
    private readonly notifications: AccountNotifications,
    private readonly cluster: ClusterEvents,
  ) {}

  async revokeMine(actor: Actor, certificateId: string, reason: HolderRevocationReason): Promise<IssuedCertificate> {
    if (!Object.values(HolderRevocationReason).includes(reason))
      throw DomainException.invalidInput([{ field: 'reason', constraint: 'isEnum', messageKey: 'validation.invalid' }]);
    return this.revoke(actor, certificateId, reason as unknown as RevocationReason, null, (row) => row.accountId === actor.accountId);
  }

  async staffRevoke(actor: Actor, certificateId: string, reason: RevocationReason, note: string): Promise<IssuedCertificate> {
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.forbidden();
    return this.revoke(
      actor,
      certificateId,
      reason,
      note,
      () => true,
      (manager, row) => this.tellHolder(manager, row, note),
    );
  }

  /** Before an erasure's transaction: the CA keys the new CRL is signed with are loaded. */
  prepareErasure(): Promise<void> {
    return this.crl.prepare();
  }

  /**
   * Erasure of the holder's account: every certificate still valid is revoked (cessation of
   * operation) in the erasure's transaction, with a new CRL when there was one; the certificates
   * themselves stay, as the CA must keep answering for them. Returns how many were revoked.
   */
  async revokeForErasedAccount(manager: EntityManager, accountId: string): Promise<number> {
    const revoked: { id: string; serial_hex: string }[] = await manager.query(
      `UPDATE pki_certificates
          SET revoked_at = now(), revocation_reason = 'cessation_of_operation', revocation_note = NULL, revoked_by_account_id = $1
        WHERE account_id = $1 AND kind = 'person' AND revoked_at IS NULL AND not_after > now()
      RETURNING id, serial_hex`,
      [accountId],
    );
    const rows = (Array.isArray(revoked[0]) ? revoked[0] : revoked) as { id: string; serial_hex: string }[];
    if (rows.length === 0) return 0;
    for (const row of rows) {
      await this.audit.record(
        {
          action: 'pki.certificate_revoked_on_erasure',
          actorAccountId: accountId,
          subjectType: 'certificate',
          subjectId: row.id,
          details: { serial: row.serial_hex, reason: RevocationReason.cessation_of_operation },
        },
        manager,
      );
    }
    await this.crl.publish(manager, PkiCrlIssuer.issuing);
    return rows.length;
  }

  /** After the erasure committed: this process's CRL cache is dropped. */
  afterErasure(): void {
    this.crl.invalidate();
  }

  /** The holder learns from the office why their certificate stopped working (e-mail in the outbox, same transaction). */
  private async tellHolder(manager: EntityManager, row: IssuedCertificate, note: string): Promise<void> {
    if (!row.accountId || !row.companyId) return;
    const company = await this.companies.profile(row.companyId, manager);
    const link = `${this.notifications.publicUrl}/company/${row.companyId}/certificate`;
    await this.notifications.notify(manager, row.accountId, {
      email: {
        template: 'pki.certificate_revoked_by_office',
        params: { serial: param.ltr(row.serialHex), company: company.legalName, note, link },
      },
    });
  }

  private async revoke(
    actor: Actor,
    certificateId: string,
    reason: RevocationReason,
    note: string | null,
    allowed: (row: IssuedCertificate) => boolean,
    afterRevocation?: (manager: EntityManager, row: IssuedCertificate) => Promise<void>,
  ): Promise<IssuedCertificate> {
    if (!isUuid(certificateId)) throw DomainException.notFound();
    await this.crl.prepare();
    const revoked = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(IssuedCertificate, {
        where: { id: certificateId, kind: IssuedCertificateKind.person },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || !allowed(row)) throw DomainException.notFound();
      if (row.revokedAt || row.notAfter.getTime() <= Date.now()) throw PkiException.notActive();
      await manager.update(
        IssuedCertificate,
        { id: row.id, revokedAt: IsNull() },
        { revokedAt: new Date(), revocationReason: reason, revocationNote: note, revokedByAccountId: actor.accountId },
      );
      await this.audit.record(
        {
          action: note === null ? 'pki.certificate_revoked_by_holder' : 'pki.certificate_revoked_by_staff',
          actorAccountId: actor.accountId,
          subjectType: 'certificate',
          subjectId: row.id,
          details: { serial: row.serialHex, reason, note, companyId: row.companyId, holderAccountId: row.accountId },
        },
        manager,
      );
      await this.crl.publish(manager, PkiCrlIssuer.issuing);
      await afterRevocation?.(manager, row);
      // The certificate step of the company's journey is open again.
      if (row.companyId) await publishJourneyChanged(this.cluster, manager, row.companyId);
      return manager.findOneByOrFail(IssuedCertificate, { id: row.id });
    });
    this.crl.invalidate();
    return revoked;
  }
}

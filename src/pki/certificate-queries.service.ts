import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { COMPANY_STAFF_ROLES, CompanyAccess } from '../companies/index.js';
import { IssuedCertificate, IssuedCertificateKind } from './entities/issued-certificate.entity.js';
import { normaliseSerialHex } from './revocation/ocsp-codec.js';

export type CertificateStatusName = 'active' | 'revoked' | 'expired';

export interface CertificateFilter {
  status?: CertificateStatusName;
  companyId?: string;
  /** A serial number (hex, any case, colons allowed). */
  serialNumber?: string;
}

export function statusNameOf(row: Pick<IssuedCertificate, 'revokedAt' | 'notAfter'>, now = new Date()): CertificateStatusName {
  if (row.revokedAt) return 'revoked';
  return row.notAfter.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** Reading certificates: holders their own, staff of economic development all of them (audited). */
@Injectable()
export class CertificateQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly audit: AuditService,
  ) {}

  /** The actor's own certificates for a company they represent, newest first. */
  async companyCertificates(actor: Actor, companyId: string): Promise<IssuedCertificate[]> {
    await this.access.requireRepresentative(actor, companyId);
    return this.dataSource.manager.find(IssuedCertificate, {
      where: { companyId, accountId: actor.accountId, kind: IssuedCertificateKind.person },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 100,
    });
  }

  /** One certificate for download: its holder, or staff. */
  async readable(actor: Actor, certificateId: string): Promise<IssuedCertificate> {
    if (!isUuid(certificateId)) throw DomainException.notFound();
    const row = await this.dataSource.manager.findOneBy(IssuedCertificate, { id: certificateId, kind: IssuedCertificateKind.person });
    if (!row) throw DomainException.notFound();
    if (row.accountId === actor.accountId) return row;
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.notFound();
    await this.audit.record({
      action: 'pki.certificate_read_by_staff',
      actorAccountId: actor.accountId,
      subjectType: 'certificate',
      subjectId: row.id,
    });
    return row;
  }

  async staffList(
    actor: Actor,
    first: number,
    after: string | undefined,
    filter: CertificateFilter = {},
  ): Promise<{ rows: IssuedCertificate[]; cursors: string[]; hasNextPage: boolean }> {
    if (!hasRole(actor, ...COMPANY_STAFF_ROLES)) throw DomainException.forbidden();
    const query = this.dataSource.manager
      .createQueryBuilder(IssuedCertificate, 'c')
      .where('c.kind = :kind', { kind: IssuedCertificateKind.person })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(first + 1);
    if (filter.companyId !== undefined) {
      if (!isUuid(filter.companyId)) return { rows: [], cursors: [], hasNextPage: false };
      query.andWhere('c.company_id = :companyId', { companyId: filter.companyId });
    }
    if (filter.serialNumber) query.andWhere('c.serial_hex = :serial', { serial: normaliseSerialHex(filter.serialNumber) });
    if (filter.status === 'revoked') query.andWhere('c.revoked_at IS NOT NULL');
    if (filter.status === 'active') query.andWhere('c.revoked_at IS NULL AND c.not_after > now()');
    if (filter.status === 'expired') query.andWhere('c.revoked_at IS NULL AND c.not_after <= now()');
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      query.andWhere("(date_trunc('milliseconds', c.created_at), c.id) < (:createdAt, :id)", { createdAt, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    await this.audit.record({
      action: 'pki.certificates_listed_by_staff',
      actorAccountId: actor.accountId,
      details: { filter, count: page.length },
    });
    return {
      rows: page,
      cursors: page.map((row) => encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id })),
      hasNextPage: rows.length > first,
    };
  }
}

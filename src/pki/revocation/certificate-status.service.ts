import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { IssuedCertificate } from '../entities/issued-certificate.entity.js';
import { normaliseSerialHex } from './ocsp-codec.js';

export interface CertificateStatus {
  status: 'good' | 'revoked' | 'unknown';
  revokedAt?: Date;
  reason?: string;
  certificate?: { id: string; pem: string; accountId: string | null; companyId: string | null; notBefore: Date; notAfter: Date };
}

const MAX_SERIAL_HEX = 40;

/** Revocation status straight from the database: a revocation is visible at once (OCSP, signature checks). */
@Injectable()
export class CertificateStatusService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `serialHex` in any case, with or without leading zeros or colons. Expiry is the caller's to check (notAfter). */
  async statusOf(serialHex: string, manager: EntityManager = this.dataSource.manager): Promise<CertificateStatus> {
    return (await this.statusesOf([serialHex], manager)).get(normaliseSerialHex(serialHex)) ?? { status: 'unknown' };
  }

  /** Statuses keyed by the normalised serial (lowercase hex, no leading zero bytes). */
  async statusesOf(serials: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CertificateStatus>> {
    const wanted = [...new Set(serials.map(normaliseSerialHex))].filter((serial) => serial.length > 0 && serial.length <= MAX_SERIAL_HEX);
    const result = new Map<string, CertificateStatus>();
    if (wanted.length === 0) return result;
    const rows = await manager.find(IssuedCertificate, { where: { serialHex: In(wanted) } });
    for (const row of rows) {
      const certificate = {
        id: row.id,
        pem: row.pem,
        accountId: row.accountId,
        companyId: row.companyId,
        notBefore: row.notBefore,
        notAfter: row.notAfter,
      };
      result.set(
        row.serialHex,
        row.revokedAt
          ? { status: 'revoked', revokedAt: row.revokedAt, reason: row.revocationReason ?? 'unspecified', certificate }
          : { status: 'good', certificate },
      );
    }
    return result;
  }
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { statusNameOf } from '../certificate-queries.service.js';
import type { IssuedCertificate } from '../entities/issued-certificate.entity.js';
import { RevocationReason } from '../revocation/revocation-reason.js';

export enum CertificateStatusValue {
  active = 'active',
  revoked = 'revoked',
  expired = 'expired',
}

registerEnumType(CertificateStatusValue, { name: 'CertificateStatus', description: 'Whether a signature certificate can be used.' });

@ObjectType('Certificate', { description: 'A signature certificate issued by the city CA.' })
export class CertificateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Serial number, lowercase hex.' })
  serialNumber: string;

  @Field({ description: 'Subject distinguished name (RFC 4514).' })
  subjectDn: string;

  @Field({ description: 'The certificate, PEM.' })
  pem: string;

  @Field(() => CertificateStatusValue)
  status: CertificateStatusValue;

  @Field()
  notBefore: Date;

  @Field()
  notAfter: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => RevocationReason, { nullable: true })
  revocationReason: RevocationReason | null;

  @Field(() => ID, { nullable: true })
  companyId: string | null;

  /** Cursor for staff lists. */
  cursor: string;

  static from(row: IssuedCertificate, cursor = ''): CertificateModel {
    return Object.assign(new CertificateModel(), {
      id: row.id,
      serialNumber: row.serialHex,
      subjectDn: row.subjectDn,
      pem: row.pem,
      status: statusNameOf(row) as CertificateStatusValue,
      notBefore: row.notBefore,
      notAfter: row.notAfter,
      revokedAt: row.revokedAt,
      revocationReason: row.revocationReason,
      companyId: row.companyId,
      cursor,
    });
  }
}

export const CertificateConnection = Connection(CertificateModel, 'CertificateConnection');

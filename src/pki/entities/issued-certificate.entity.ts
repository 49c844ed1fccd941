import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RevocationReason } from '../revocation/revocation-reason.js';

export enum IssuedCertificateKind {
  /** A natural person acting for a company. */
  person = 'person',
  /** An office of the city (e.g. economic development) signing its own messages. */
  office = 'office',
}

/** A certificate issued by the issuing CA; revocation is recorded here and read by CRL and OCSP. */
@Entity({ name: 'pki_certificates' })
@Index('UQ_pki_certificates_request', ['accountId', 'idempotencyKey'], { unique: true })
@Index(['companyId', 'accountId'])
@Index(['createdAt'])
export class IssuedCertificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lowercase hex, 128 random bits; the unique constraint decides under concurrency. */
  @Index('UQ_pki_certificates_serial', { unique: true })
  @Column({ name: 'serial_hex', type: 'varchar', length: 40 })
  serialHex: string;

  @Column({ type: 'enum', enum: IssuedCertificateKind, enumName: 'pki_certificate_kind' })
  kind: IssuedCertificateKind;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ name: 'subject_dn', type: 'varchar', length: 1000 })
  subjectDn: string;

  @Column({ type: 'text' })
  pem: string;

  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore: Date;

  @Column({ name: 'not_after', type: 'timestamptz' })
  notAfter: Date;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the CSR: a retry with the same key must bring the same CSR. */
  @Column({ name: 'csr_fingerprint', type: 'char', length: 64, nullable: true })
  csrFingerprint: string | null;

  @Index()
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revocation_reason', type: 'enum', enum: RevocationReason, enumName: 'pki_revocation_reason', nullable: true })
  revocationReason: RevocationReason | null;

  @Column({ name: 'revocation_note', type: 'varchar', length: 1000, nullable: true })
  revocationNote: string | null;

  @Column({ name: 'revoked_by_account_id', type: 'uuid', nullable: true })
  revokedByAccountId: string | null;

  /** The certificate that replaced this one at renewal. */
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';

/**
 * The account holder's identity as confirmed by an eID or a video identification (one per account).
 * One source identity (eID issuer + subject) verifies one account: the unique index decides.
 */
@Entity({ name: 'verified_identities' })
@Index('UQ_verified_identities_source_subject', ['source', 'sourceSubject'], { unique: true })
export class VerifiedIdentityRecord {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ name: 'given_name', type: 'varchar', length: 200 })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar', length: 200 })
  familyName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ name: 'place_of_birth', type: 'varchar', length: 200, nullable: true })
  placeOfBirth: string | null;

  @Column({ type: 'enum', enum: AssuranceLevel, enumName: 'assurance_level' })
  level: AssuranceLevel;

  @Column({ type: 'enum', enum: IdentityVerificationMethod, enumName: 'identity_verification_method' })
  method: IdentityVerificationMethod;

  /** Who vouched for it: the eID issuer URL or the video partner's name. */
  @Column({ type: 'varchar', length: 300 })
  source: string;

  /** The subject identifier at the source (eID `sub`, video session reference). */
  @Column({ name: 'source_subject', type: 'varchar', length: 300 })
  sourceSubject: string;

  @Column({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

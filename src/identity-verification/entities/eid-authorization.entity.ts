import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum EidAuthorizationPurpose {
  /** A signed-in account proves its holder's identity. */
  verify = 'verify',
  /** Somebody signs in with the eID instead of a password (no account yet). */
  sign_in = 'sign_in',
}

/** What the eID confirmed at a first sign-in, kept until the person opens or links an account. */
export interface PendingEidClaims {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
  level: string;
  source: string;
  sourceSubject: string;
}

/** One started eID login: what the callback needs to check it (single use, short-lived). */
@Entity({ name: 'eid_authorizations' })
export class EidAuthorization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account that started it; null for a sign-in. */
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  @Index()
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string | null;

  @Column({ type: 'varchar', length: 20, default: EidAuthorizationPurpose.verify })
  purpose: EidAuthorizationPurpose;

  /** A first sign-in of an unknown eID identity: the confirmed claims, until an account is opened or linked. */
  @Column({ name: 'pending_claims', type: 'jsonb', nullable: true })
  pendingClaims: PendingEidClaims | null;

  /** SHA-256 of the ticket (in the browser's cookie) that continues a first sign-in. */
  @Index('UQ_eid_authorizations_pending_hash', { unique: true })
  @Column({ name: 'pending_hash', type: 'char', length: 64, nullable: true })
  pendingHash: string | null;

  @Column({ name: 'pending_expires_at', type: 'timestamptz', nullable: true })
  pendingExpiresAt: Date | null;

  /** SHA-256 of the `state` parameter (the state itself is only in the user's browser). */
  @Index('UQ_eid_authorizations_state_hash', { unique: true })
  @Column({ name: 'state_hash', type: 'char', length: 64 })
  stateHash: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  /** Client path to return to (already sanitised). */
  @Column({ name: 'return_to', type: 'varchar', length: 500, nullable: true })
  returnTo: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt: Date | null;

  /** `verified` or the reason it failed. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

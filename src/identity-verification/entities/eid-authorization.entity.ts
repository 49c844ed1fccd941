import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../identity/account.entity.js';

/** One started eID login: what the callback needs to check it (single use, short-lived). */
@Entity({ name: 'eid_authorizations' })
export class EidAuthorization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  @Index()
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

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

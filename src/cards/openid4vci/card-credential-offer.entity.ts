import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { createHash } from 'node:crypto';
import { CardCredential } from '../entities/card-credential.entity.js';
import { CitizenCard } from '../entities/citizen-card.entity.js';

/** What an offer stores of its pre-authorised code. */
export const offerCodeHash = (code: string) => createHash('sha256').update(code).digest('hex');

/**
 * An offer of a card to a wallet (OpenID4VCI, pre-authorised code flow). Only the SHA-256 of the
 * code is stored; redeeming it (token endpoint) sets `redeemedAt` once, issuing the credential
 * (credential endpoint) sets `credentialId` once.
 */
@Entity({ name: 'card_credential_offers' })
@Index('IDX_card_credential_offers_card', ['cardId', 'createdAt'])
@Check('CHK_card_credential_offers_issued_after_redeemed', `"credential_id" IS NULL OR "redeemed_at" IS NOT NULL`)
export class CardCredentialOffer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_card_credential_offers' })
  id: string;

  @Column({ name: 'card_id', type: 'uuid' })
  cardId: string;

  @ManyToOne(() => CitizenCard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_card_credential_offers_card' })
  card?: CitizenCard;

  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE', name: 'FK_card_credential_offers_account' })
  accountId: string;

  @Index('UQ_card_credential_offers_code_hash', { unique: true })
  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'redeemed_at', type: 'timestamptz', nullable: true })
  redeemedAt: Date | null;

  @Index('UQ_card_credential_offers_credential', { unique: true })
  @Column({ name: 'credential_id', type: 'uuid', nullable: true })
  credentialId: string | null;

  @ManyToOne(() => CardCredential, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'credential_id', foreignKeyConstraintName: 'FK_card_credential_offers_credential' })
  credential?: CardCredential;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

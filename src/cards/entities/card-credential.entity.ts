import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CitizenCard } from './citizen-card.entity.js';

export enum CardCredentialKind {
  /** Bound to the key of the holder's phone; shown as a live QR. */
  device = 'device',
  /** Printed on the PDF card; the verifier asks for photo ID. */
  static = 'static',
  /** Issued into an EU wallet through OpenID4VCI, bound to the wallet's key. */
  wallet = 'wallet',
}

/**
 * One signed credential of a card. Each has its own index in the status list, so a credential
 * replaced by a new device binding can be revoked without touching the card.
 */
@Entity({ name: 'card_credentials' })
@Index(['cardId', 'kind'])
export class CardCredential {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'card_id', type: 'uuid' })
  cardId: string;

  @ManyToOne(() => CitizenCard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'card_id' })
  card?: CitizenCard;

  @Index('UQ_card_credentials_status_list_index', { unique: true })
  @Column({ name: 'status_list_index', type: 'int' })
  @Generated('increment')
  statusListIndex: number;

  @Column({ type: 'enum', enum: CardCredentialKind, enumName: 'card_credential_kind' })
  kind: CardCredentialKind;

  @Column({ name: 'device_jwk', type: 'jsonb', nullable: true })
  deviceJwk: Record<string, string> | null;

  @Column({ type: 'text' })
  jws: string;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One verification at a venue. Holds no card id: `cardPseudonym` is an HMAC per venue, so a venue
 * can count unique visitors without being able to link them to a card or to other venues.
 */
@Entity({ name: 'venue_verifications' })
@Index(['venueId', 'verifiedAt'])
@Index(['verifiedAt'])
@Index(['venueId', 'presentationDigest'])
export class VerificationRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  /** `api`, `graphql` or `offline` (logged by the scan page and sent later). */
  @Column({ type: 'varchar', length: 10 })
  channel: string;

  @Column({ type: 'boolean' })
  valid: boolean;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'varchar', length: 30, nullable: true })
  reason: string | null;

  @Column({ name: 'card_pseudonym', type: 'char', length: 43, nullable: true })
  cardPseudonym: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  categories: string[];

  /** SHA-256 of the device signature, to notice the same live QR shown twice. */
  @Column({ name: 'presentation_digest', type: 'char', length: 43, nullable: true })
  presentationDigest: string | null;

  @Column({ name: 'repeated_presentation', type: 'boolean', default: false })
  repeatedPresentation: boolean;

  @Column({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OfferTranslations } from '../offer-texts.js';
import { Venue } from './venue.entity.js';

/** A discount a venue grants to cards of the qualifying categories. Exactly one of percent or fixed price. */
@Entity({ name: 'offers' })
@Index(['venueId'])
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => Venue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Venue;

  @Column({ name: 'title_de', type: 'varchar', length: 200 })
  titleDe: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ name: 'description_de', type: 'varchar', length: 2000, default: '' })
  descriptionDe: string;

  @Column({ name: 'description_en', type: 'varchar', length: 2000, default: '' })
  descriptionEn: string;

  @Column({ name: 'discount_percent', type: 'int', nullable: true })
  discountPercent: number | null;

  @Column({ name: 'fixed_price_cents', type: 'int', nullable: true })
  fixedPriceCents: number | null;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** Stated to the customer, not checked by the card (e.g. an age band). */
  @Column({ name: 'conditions_de', type: 'varchar', length: 1000, default: '' })
  conditionsDe: string;

  @Column({ name: 'conditions_en', type: 'varchar', length: 1000, default: '' })
  conditionsEn: string;

  /**
   * Title, description and conditions in the other platform languages (language code → texts),
   * written by staff or the venue; a language without one reads the German text, marked as such.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: OfferTranslations;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

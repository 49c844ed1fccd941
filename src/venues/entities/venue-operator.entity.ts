import { CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Venue } from './venue.entity.js';

/** An account that operates a venue (role venue_operator); one venue per account (the unique index decides). */
@Entity({ name: 'venue_operators' })
@Index('UQ_venue_operators_account', ['accountId'], { unique: true })
export class VenueOperator {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  accountId: string;

  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => Venue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Venue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

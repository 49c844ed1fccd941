import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An operator's invitation of a colleague (by e-mail) to operate the venue; the token is stored hashed. */
@Entity({ name: 'venue_invitations' })
@Index('UQ_venue_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_venue_invitations_venue_created', ['venueId', 'createdAt'])
export class VenueInvitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_venue_invitations' })
  id: string;

  @Column({ name: 'venue_id', type: 'uuid' })
  @ForeignKey('Venue', { onDelete: 'CASCADE', name: 'FK_venue_invitations_venue' })
  venueId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'invited_by_account_id', type: 'uuid', nullable: true })
  invitedByAccountId: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by_account_id', type: 'uuid', nullable: true })
  acceptedByAccountId: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

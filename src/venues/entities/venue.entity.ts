import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum VenueKind {
  pool = 'pool',
  theatre = 'theatre',
  planetarium = 'planetarium',
  museum = 'museum',
  zoo = 'zoo',
  library = 'library',
  other = 'other',
}

/** A partner venue that grants discounts to (virtual) residents. */
@Entity({ name: 'venues' })
export class Venue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'enum', enum: VenueKind, enumName: 'venue_kind' })
  kind: VenueKind;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  /** `bochum` or `wattenscheid`. */
  @Column({ type: 'varchar', length: 40 })
  district: string;

  @Column({ name: 'opening_hours', type: 'varchar', length: 500, default: '' })
  openingHours: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  contact: string;

  /** Staff take a venue out of service: its offers are no longer listed and its API keys no longer work. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

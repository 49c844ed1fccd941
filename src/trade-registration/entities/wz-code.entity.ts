import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WzEdition } from './wz-edition.entity.js';

/** One entry of an edition: section (level 1) down to subclass (level 5). */
@Entity({ name: 'wz_codes' })
@Index(['editionId', 'level'])
export class WzCode {
  @PrimaryColumn({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => WzEdition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: WzEdition;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  /** `ItemOffiziellerTitel`. */
  @Column({ type: 'text' })
  title: string;

  /** `ItemLangtitel` when it differs from the official title. */
  @Column({ name: 'long_title', type: 'text', nullable: true })
  longTitle: string | null;

  /** Lower case, umlauts and ß spelled out, accents removed: what searches compare against. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}

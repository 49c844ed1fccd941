import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One imported edition of the WZ code list (e.g. WZ 2008 as published 2025-09-29); one is current. */
@Entity({ name: 'wz_editions' })
@Index('UQ_wz_editions_version', ['version'], { unique: true })
@Index('UQ_wz_editions_current', ['isCurrent'], { unique: true, where: 'is_current' })
export class WzEdition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The classification, e.g. `WZ 2008` or `WZ 2025`. */
  @Column({ type: 'varchar', length: 40 })
  classification: string;

  /** The list's version as published, e.g. `WZ 2008  2025-09-29`; identifies the edition. */
  @Column({ type: 'varchar', length: 120 })
  version: string;

  @Column({ name: 'long_name', type: 'varchar', length: 300 })
  longName: string;

  /** `builtin` (the small default set) or `import` (a complete official file). */
  @Column({ type: 'varchar', length: 20 })
  source: string;

  @Column({ name: 'code_count', type: 'int' })
  codeCount: number;

  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent: boolean;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}

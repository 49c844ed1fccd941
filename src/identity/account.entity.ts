import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { Role } from '../common/auth/role.js';

@Entity({ name: 'accounts' })
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased; unique. */
  @Index('UQ_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'preferred_language', type: 'varchar', length: 8 })
  preferredLanguage: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({
    name: 'assurance_level',
    type: 'enum',
    enum: AssuranceLevel,
    enumName: 'assurance_level',
    default: AssuranceLevel.low,
  })
  assuranceLevel: AssuranceLevel;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';

/**
 * The level of assurance a staff role needs: below it, the account keeps the role but cannot use it
 * (SessionCheck leaves it out of the actor's roles) until the person raises their assurance.
 */
@Entity({ name: 'role_assurance_requirements' })
@Check(
  'CHK_role_assurance_requirements_role',
  `"role" IN ('staff_citizens_office', 'staff_economic_development', 'staff_communication', 'admin')`,
)
export class RoleAssuranceRequirement {
  @PrimaryColumn({ type: 'enum', enum: Role, enumName: 'account_role' })
  role: Role;

  @Column({ name: 'minimum_assurance', type: 'enum', enum: AssuranceLevel, enumName: 'assurance_level' })
  minimumAssurance: AssuranceLevel;

  @Column({ name: 'updated_by_account_id', type: 'uuid', nullable: true })
  updatedByAccountId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

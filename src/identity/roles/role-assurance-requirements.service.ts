import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { AssuranceLevel, meetsAssurance } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { IdentityException } from '../identity.exception.js';
import { SessionCheck } from '../session-check.service.js';
import { ADMINISTERED_ROLES } from './role-administration.service.js';
import { RoleAssuranceRequirement } from './role-assurance-requirement.entity.js';

export interface RoleAssurance {
  role: Role;
  minimumAssurance: AssuranceLevel;
}

/** The level of assurance each staff role needs (low: none); administrators set it, with the reason (audited). */
@Injectable()
export class RoleAssuranceRequirements {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessionCheck: SessionCheck,
  ) {}

  async list(actor: Actor): Promise<RoleAssurance[]> {
    this.assertAdministrator(actor);
    const rows = await this.dataSource.manager.find(RoleAssuranceRequirement);
    const byRole = new Map(rows.map((row) => [row.role, row.minimumAssurance]));
    return ADMINISTERED_ROLES.map((role) => ({ role, minimumAssurance: byRole.get(role) ?? AssuranceLevel.low }));
  }

  async set(actor: Actor, change: RoleAssurance & { reason: string }): Promise<RoleAssurance[]> {
    this.assertAdministrator(actor);
    if (!ADMINISTERED_ROLES.includes(change.role)) throw IdentityException.roleNotAdministered();
    // Administration must stay reachable: the administrator who sets it keeps meeting it.
    if (change.role === Role.admin && !meetsAssurance(actor.assuranceLevel, change.minimumAssurance)) {
      throw IdentityException.assuranceLocksOut();
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        RoleAssuranceRequirement,
        { role: change.role, minimumAssurance: change.minimumAssurance, updatedByAccountId: actor.accountId },
        ['role'],
      );
      await this.audit.record(
        {
          action: 'identity.role_assurance_set',
          actorAccountId: actor.accountId,
          subjectType: 'role',
          subjectId: change.role,
          details: { minimumAssurance: change.minimumAssurance, reason: change.reason },
        },
        manager,
      );
      this.sessionCheck.forgetAll(manager);
    });
    return this.list(actor);
  }

  private assertAdministrator(actor: Actor): void {
    if (!hasRole(actor, Role.admin)) throw DomainException.forbidden();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { param } from '../../common/i18n/message-params.js';
import { InAppNotificationService } from '../../notifications/index.js';
import { AccountDirectory, type AccountContact } from '../account-directory.js';
import { IdentityException } from '../identity.exception.js';

/** The roles administrators grant and withdraw by hand; the others follow from what a person did. */
export const ADMINISTERED_ROLES: readonly Role[] = [
  Role.staff_citizens_office,
  Role.staff_economic_development,
  Role.staff_communication,
  Role.admin,
];

export interface RoleChange {
  accountId: string;
  role: Role;
  reason: string;
}

/**
 * Administrators grant and withdraw staff roles of other accounts. Every change is audited with its
 * reason and told to the account; it applies from the account's next request on (roles are read from
 * the database per request, see SessionCheck).
 */
@Injectable()
export class RoleAdministration {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: AccountDirectory,
    private readonly audit: AuditService,
    private readonly inApp: InAppNotificationService,
  ) {}

  async findByEmail(actor: Actor, email: string): Promise<AccountContact> {
    this.assertAdministrator(actor);
    const account = await this.directory.contactByEmail(email);
    if (!account) throw DomainException.notFound();
    return account;
  }

  grant(actor: Actor, change: RoleChange): Promise<AccountContact> {
    return this.change(actor, change, 'granted');
  }

  withdraw(actor: Actor, change: RoleChange): Promise<AccountContact> {
    return this.change(actor, change, 'withdrawn');
  }

  private async change(actor: Actor, change: RoleChange, direction: 'granted' | 'withdrawn'): Promise<AccountContact> {
    this.assertAdministrator(actor);
    if (!ADMINISTERED_ROLES.includes(change.role)) throw IdentityException.roleNotAdministered();
    if (change.accountId === actor.accountId) throw IdentityException.ownRoles();
    return this.dataSource.transaction(async (manager) => {
      // Every administrator row, locked in one order: concurrent changes by or of administrators run one after the other.
      const administrators = await this.lockAdministrators(manager);
      if (!administrators.has(actor.accountId)) throw DomainException.forbidden();
      if (direction === 'withdrawn' && change.role === Role.admin && administrators.has(change.accountId) && administrators.size <= 1) {
        throw IdentityException.lastAdministrator();
      }
      const changed =
        direction === 'granted'
          ? await this.directory.grantRole(change.accountId, change.role, manager)
          : await this.directory.withdrawRole(change.accountId, change.role, manager);
      if (!changed) throw direction === 'granted' ? IdentityException.roleAlreadyHeld() : IdentityException.roleNotHeld();
      await this.audit.record(
        {
          action: `identity.role_${direction}`,
          actorAccountId: actor.accountId,
          subjectType: 'account',
          subjectId: change.accountId,
          details: { role: change.role, reason: change.reason },
        },
        manager,
      );
      await this.inApp.notify(
        manager,
        change.accountId,
        `role_${direction}`,
        { role: param.key(`common:roles.${change.role}`) },
        '/account',
      );
      const account = await this.directory.contactOf(change.accountId, manager);
      if (!account) throw DomainException.notFound();
      return account;
    });
  }

  private async lockAdministrators(manager: EntityManager): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM accounts WHERE roles @> ARRAY['admin']::account_role[] ORDER BY id FOR UPDATE`,
    );
    return new Set(rows.map((row) => row.id));
  }

  private assertAdministrator(actor: Actor): void {
    if (!hasRole(actor, Role.admin)) throw DomainException.forbidden();
  }
}

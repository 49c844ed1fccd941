import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { RepresentativeRole } from './company-enums.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { Company } from './entities/company.entity.js';

export const COMPANY_STAFF_ROLES: readonly Role[] = [Role.staff_economic_development, Role.admin];

/**
 * Who may act for or read a company. Anyone else gets NOT_FOUND, exactly as for an id that does not
 * exist, so ids of other companies reveal nothing.
 */
@Injectable()
export class CompanyAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async requireRepresentative(actor: Actor, companyId: string, manager?: EntityManager): Promise<void> {
    await this.representativeRole(actor, companyId, manager);
  }

  /** The actor's role in the company (NOT_FOUND when they do not act for it). */
  async representativeRole(actor: Actor, companyId: string, manager: EntityManager = this.dataSource.manager): Promise<RepresentativeRole> {
    if (!isUuid(companyId)) throw DomainException.notFound();
    const row = await manager.findOneBy(CompanyRepresentative, { companyId, accountId: actor.accountId });
    if (!row) throw DomainException.notFound();
    return row.role;
  }

  async requireOwner(actor: Actor, companyId: string, manager?: EntityManager): Promise<void> {
    const role = await this.representativeRole(actor, companyId, manager);
    if (role !== RepresentativeRole.owner) throw DomainException.forbidden();
  }

  /**
   * requireReader that also tells a representative's role (null for staff), in as many statements:
   * what a company's page needs to show `myRole` without asking again.
   */
  async readerRole(
    actor: Actor,
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ as: 'representative'; role: RepresentativeRole } | { as: 'staff'; role: null }> {
    if (!isUuid(companyId)) throw DomainException.notFound();
    const row = await manager.findOne(CompanyRepresentative, { select: { role: true }, where: { companyId, accountId: actor.accountId } });
    if (row) return { as: 'representative', role: row.role };
    if (hasRole(actor, ...COMPANY_STAFF_ROLES) && (await manager.existsBy(Company, { id: companyId }))) return { as: 'staff', role: null };
    throw DomainException.notFound();
  }

  /** representatives, or staff_economic_development/admin (read only) */
  async requireReader(
    actor: Actor,
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<'representative' | 'staff'> {
    if (!isUuid(companyId)) throw DomainException.notFound();
    if (await manager.existsBy(CompanyRepresentative, { companyId, accountId: actor.accountId })) return 'representative';
    if (hasRole(actor, ...COMPANY_STAFF_ROLES) && (await manager.existsBy(Company, { id: companyId }))) return 'staff';
    throw DomainException.notFound();
  }

  async companyIdsOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!isUuid(accountId)) return [];
    const rows = await manager.find(CompanyRepresentative, { where: { accountId }, order: { since: 'ASC' } });
    return rows.map((row) => row.companyId);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Role } from '../common/auth/role.js';
import { Account } from '../identity/account.entity.js';

export interface AccountRef {
  id: string;
  email: string;
}

/**
 * Read-only lookups of accounts the back office shows: applicants and staff by id, and the staff
 * who may work on a kind of case. Identity has no such staff-facing service yet; this reads only
 * id, e-mail and roles.
 */
@Injectable()
export class StaffDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refs(ids: readonly string[]): Promise<Map<string, AccountRef>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(Account, { where: { id: In([...new Set(ids)]) }, select: { id: true, email: true } });
    return new Map(rows.map((row) => [row.id, { id: row.id, email: row.email }]));
  }

  async withAnyRole(roles: readonly Role[]): Promise<AccountRef[]> {
    return this.dataSource.manager
      .createQueryBuilder(Account, 'a')
      .select(['a.id', 'a.email'])
      .where('a.roles && CAST(:roles AS account_role[])', { roles: [Role.admin, ...roles] })
      .orderBy('a.email', 'ASC')
      .getMany();
  }

  async hasAnyRole(accountId: string, roles: readonly Role[]): Promise<boolean> {
    return this.dataSource.manager
      .createQueryBuilder(Account, 'a')
      .where('a.id = :accountId AND a.roles && CAST(:roles AS account_role[])', { accountId, roles: [Role.admin, ...roles] })
      .getExists();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CompanyDirectory } from '../../companies/index.js';
import { ResidencyService } from '../../residency/index.js';
import { audienceIncludes, type Audience, type AudienceProfile } from './audience.js';
import { readAll } from '../../database/read-all.js';

/**
 * Who belongs to an audience, from the residency and companies domains' public surfaces. Batched:
 * `profilesOf` answers for many accounts in two statements (for lists and DataLoaders).
 */
@Injectable()
export class AudienceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residencies: ResidencyService,
    private readonly companies: CompanyDirectory,
  ) {}

  async profileOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<AudienceProfile> {
    const profiles = await this.profilesOf([accountId], manager);
    return profiles.get(accountId)!;
  }

  async profilesOf(accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AudienceProfile>> {
    const [residencies, representatives] = await readAll(manager, [
      () => this.residencies.activeResidenciesOf(accountIds, manager),
      () => this.companies.representingAccounts(accountIds, manager),
    ]);
    const result = new Map<string, AudienceProfile>();
    for (const accountId of accountIds) {
      const residency = residencies.get(accountId);
      result.set(accountId, {
        accountId,
        resident: residency ? { categories: residency.categories, district: residency.district } : null,
        companyRepresentative: representatives.has(accountId),
      });
    }
    return result;
  }

  async includes(audience: Audience, accountId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return audienceIncludes(audience, await this.profileOf(accountId, manager));
  }

  /** Every account in the audience, distinct and ordered (for e-mail fan-out and eligibility counts). */
  async members(audience: Audience, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const [residents, representatives] = await readAll(manager, [
      () => (audience.residents ? this.residencies.activeResidentAccountIds(audience, manager) : Promise.resolve([])),
      () => (audience.companies ? this.companies.representativeAccountIds(manager) : Promise.resolve([])),
    ]);
    return [...new Set([...residents, ...representatives])].sort();
  }
}

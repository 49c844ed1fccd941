import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import type { District } from '../addresses/index.js';
import { Residency } from './entities/residency.entity.js';
import type { ResidencyCategory } from './residency-category.js';
import { ResidencyStatus } from './residency-status.js';

/** What other domains (cards) learn about a person's residency. */
export interface ActiveResidency {
  id: string;
  categories: ResidencyCategory[];
  district: District;
  validFrom: Date;
  validUntil: Date;
  /** For documents that carry the name (the PDF card); never for the credential. */
  holderName: { givenName: string; familyName: string };
}

/** Read access to residencies: the exported contract for other domains, and the holder's own view. */
@Injectable()
export class ResidencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The account's active residency that is still within its validity, or null; in the caller's transaction when given `manager`. */
  async activeResidencyOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<ActiveResidency | null> {
    const residency = await manager.findOneBy(Residency, { accountId, status: ResidencyStatus.active });
    if (!residency || residency.validUntil.getTime() <= Date.now()) return null;
    return {
      id: residency.id,
      categories: residency.categories,
      district: residency.district,
      validFrom: residency.validFrom,
      validUntil: residency.validUntil,
      holderName: { givenName: residency.holderGivenName, familyName: residency.holderFamilyName },
    };
  }

  /** Active, still valid residencies of these accounts, by account id (one statement; for batched audience checks). */
  async activeResidenciesOf(
    accountIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ActiveResidency>> {
    const result = new Map<string, ActiveResidency>();
    if (accountIds.length === 0) return result;
    const rows = await manager
      .createQueryBuilder(Residency, 'r')
      .where('r.accountId IN (:...ids)', { ids: [...new Set(accountIds)] })
      .andWhere('r.status = :status', { status: ResidencyStatus.active })
      .andWhere('r.validUntil > now()')
      .getMany();
    for (const residency of rows) {
      result.set(residency.accountId, {
        id: residency.id,
        categories: residency.categories,
        district: residency.district,
        validFrom: residency.validFrom,
        validUntil: residency.validUntil,
        holderName: { givenName: residency.holderGivenName, familyName: residency.holderFamilyName },
      });
    }
    return result;
  }

  /**
   * Account ids of active virtual residents, optionally narrowed to any of `categories` and any of
   * `districts` (empty means all). For fan-out (news e-mails) and eligibility counts.
   */
  async activeResidentAccountIds(
    filter: { categories: readonly ResidencyCategory[]; districts: readonly District[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const query = manager
      .createQueryBuilder(Residency, 'r')
      .select('r.accountId', 'accountId')
      .where('r.status = :status', { status: ResidencyStatus.active })
      .andWhere('r.validUntil > now()');
    if (filter.categories.length > 0)
      query.andWhere('r.categories && CAST(:categories AS residency_category[])', { categories: [...filter.categories] });
    if (filter.districts.length > 0) query.andWhere('r.district IN (:...districts)', { districts: [...filter.districts] });
    const rows = await query.orderBy('r.accountId').getRawMany<{ accountId: string }>();
    return rows.map((row) => row.accountId);
  }

  mine(actor: Actor): Promise<Residency | null> {
    return this.dataSource.manager.findOneBy(Residency, { accountId: actor.accountId, status: ResidencyStatus.active });
  }
}

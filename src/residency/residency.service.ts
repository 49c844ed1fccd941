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

  mine(actor: Actor): Promise<Residency | null> {
    return this.dataSource.manager.findOneBy(Residency, { accountId: actor.accountId, status: ResidencyStatus.active });
  }
}

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_ADDRESS_POOLS, type AddressPoolDefinition } from './default-address-pools.js';
import { AddressPool } from './entities/address-pool.entity.js';

/**
 * Makes sure the city's address pools exist, in every environment (allocation needs them).
 * Idempotent and safe when several processes start at once; an existing pool is never changed.
 * Other domains add their pools through `ensure` (business-address seeds its demo service points).
 */
@Injectable()
export class AddressPoolSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('AddressPools');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure(DEFAULT_ADDRESS_POOLS);
  }

  /** Creates the pools that do not exist yet (by code); existing ones are left as they are. */
  async ensure(pools: readonly AddressPoolDefinition[]): Promise<void> {
    if (pools.length === 0) return;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AddressPool)
      .values([...pools])
      .orIgnore()
      .returning(['code'])
      .execute();
    const created = (result.raw as { code: string }[]).map((row) => row.code);
    if (created.length > 0) this.logger.log(`created address pools ${created.join(', ')}`);
  }
}

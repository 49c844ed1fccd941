import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_ADDRESS_POOLS } from './default-address-pools.js';
import { AddressPool } from './entities/address-pool.entity.js';

/**
 * Makes sure the city's address pools exist, in every environment (allocation needs them).
 * Idempotent and safe when several processes start at once; an existing pool is never changed.
 */
@Injectable()
export class AddressPoolSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('AddressPools');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AddressPool)
      .values(DEFAULT_ADDRESS_POOLS)
      .orIgnore()
      .returning(['code'])
      .execute();
    const created = (result.raw as { code: string }[]).map((row) => row.code);
    if (created.length > 0) this.logger.log(`created address pools ${created.join(', ')}`);
  }
}

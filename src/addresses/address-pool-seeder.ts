import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DEFAULT_ADDRESS_POOLS, DEMO_BUSINESS_SERVICE_POINTS } from './default-address-pools.js';
import { AddressPool } from './entities/address-pool.entity.js';

/**
 * Makes sure the city's address pools exist, in every environment (allocation needs them).
 * Idempotent and safe when several processes start at once; an existing pool is never changed.
 */
@Injectable()
export class AddressPoolSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('AddressPools');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AddressPool)
      .values([...DEFAULT_ADDRESS_POOLS, ...(this.config.businessAddresses.demoServicePoints ? DEMO_BUSINESS_SERVICE_POINTS : [])])
      .orIgnore()
      .returning(['code'])
      .execute();
    const created = (result.raw as { code: string }[]).map((row) => row.code);
    if (created.length > 0) this.logger.log(`created address pools ${created.join(', ')}`);
  }
}

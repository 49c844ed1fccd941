import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AddressPoolSeeder } from '../addresses/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DEMO_BUSINESS_SERVICE_POINTS } from './demo-service-points.js';

/** Seeds the demo partner service points (address pools of purpose `businesses`) when configured; idempotent. */
@Injectable()
export class BusinessServicePointSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pools: AddressPoolSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.businessAddress.demoServicePoints) await this.pools.ensure(DEMO_BUSINESS_SERVICE_POINTS);
  }
}

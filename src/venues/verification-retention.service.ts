import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Deletes verifications older than VERIFICATION_RETENTION_DAYS. */
@Injectable()
export class VerificationRetentionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async deleteExpired(): Promise<number> {
    const [, affected] = await this.dataSource.query(
      'DELETE FROM venue_verifications WHERE verified_at < now() - make_interval(days => $1)',
      [this.config.venues.verificationRetentionDays],
    );
    return Number(affected ?? 0);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RetentionPeriods } from '../common/personal-data/personal-data-source.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PersonalDataSources } from './personal-data-sources.js';

/** The daily retention run: every domain deletes what outlived its period (`now` is a parameter so tests can travel in time). */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: PersonalDataSources,
  ) {}

  periods(): RetentionPeriods {
    const privacy = this.config.privacy;
    return {
      evidenceDays: privacy.evidenceDays,
      verificationLogDays: this.config.venues.verificationRetentionDays,
      notificationDays: privacy.notificationDays,
      expiredTokenDays: privacy.expiredTokenDays,
    };
  }

  async run(now: Date): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    for (const source of this.sources.all()) {
      if (source.purgeExpired) removed[source.domain] = await source.purgeExpired(now, this.periods());
    }
    this.logger.log({ removed }, 'retention run');
    return removed;
  }
}

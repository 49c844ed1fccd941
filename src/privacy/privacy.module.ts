import { Module, type OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobQueue } from '../common/jobs/job-queue.js';
import { IdentityModule } from '../identity/index.js';
import { AccessLogService } from './access-log.service.js';
import { PersonalDataPdf } from './personal-data-pdf.js';
import { PersonalDataSources } from './personal-data-sources.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { ProcessingRecords } from './processing-records.js';
import { RetentionService } from './retention.service.js';

/** People's data rights: export, erasure, retention, records of processing, and who looked at one's data. */
@Module({
  imports: [DiscoveryModule, IdentityModule],
  controllers: [PrivacyController],
  providers: [PersonalDataSources, PrivacyService, PersonalDataPdf, AccessLogService, ProcessingRecords, RetentionService, PrivacyResolver],
  exports: [RetentionService],
})
export class PrivacyModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('privacy.retention', '20 3 * * *', async () => {
      await this.retention.run(new Date());
    });
  }
}

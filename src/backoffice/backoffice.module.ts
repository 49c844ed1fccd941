import { Module } from '@nestjs/common';
import { BackofficeCaseFieldsResolver } from './backoffice-case-fields.resolver.js';
import { CaseEventFieldsResolver } from './case-event-fields.resolver.js';
import { BackofficeCaseResolver } from './backoffice-case.resolver.js';
import { BackofficeLoaders } from './backoffice-loaders.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { QueueLiveResolver } from './queue-live.resolver.js';
import { CaseQueue } from './case-queue.js';
import { CaseWorkService } from './case-work.service.js';
import { StaffDirectory } from './staff-directory.js';
import { IdentityModule } from '../identity/index.js';
import { BackofficeExportController } from './statistics/backoffice-export.controller.js';
import { CaseExport } from './statistics/case-export.js';
import { OfficeStatisticsResolver } from './statistics/office-statistics.resolver.js';
import { OfficeStatisticsService } from './statistics/office-statistics.service.js';
import { StatisticsLabels } from './statistics/statistics-labels.js';
import { StatisticsRegistry } from './statistics/statistics-registry.js';
import { BackofficePersonalData } from './backoffice-personal-data.js';

@Module({
  imports: [IdentityModule],
  controllers: [BackofficeExportController],
  providers: [
    BackofficePersonalData,
    CaseKindRegistry,
    CaseQueue,
    StaffDirectory,
    CaseWorkService,
    BackofficeLoaders,
    BackofficeCaseResolver,
    QueueLiveResolver,
    BackofficeCaseFieldsResolver,
    CaseEventFieldsResolver,
    StatisticsRegistry,
    StatisticsLabels,
    OfficeStatisticsService,
    CaseExport,
    OfficeStatisticsResolver,
  ],
  exports: [CaseKindRegistry, CaseQueue, StatisticsRegistry],
})
export class BackofficeModule {}

import { Module } from '@nestjs/common';
import { AddressesModule } from '../addresses/index.js';
import { BackofficeModule } from '../backoffice/index.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';
import { EvidenceStorage } from './evidence-storage.js';
import { ResidencyApplicationFieldsResolver } from './residency-application-fields.resolver.js';
import { ResidencyApplicationService } from './residency-application.service.js';
import { ResidencyCaseFieldsResolver } from './residency-case-fields.resolver.js';
import { ResidencyCaseHandler } from './residency-case.handler.js';
import { ResidencyDecisionService } from './residency-decision.service.js';
import { ResidencyDemoSeed } from './residency-demo-seed.js';
import { ResidencyExpiryJob } from './residency-expiry.job.js';
import { ResidencyLifecycleService } from './residency-lifecycle.service.js';
import { ResidencyLive } from './residency-live.js';
import { ResidencyLiveResolver } from './residency-live.resolver.js';
import { ResidencyNotifier } from './residency-notifier.js';
import { ResidencyResolver } from './residency.resolver.js';
import { ResidencyService } from './residency.service.js';
import { IdentityModule } from '../identity/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { ResidencyPersonalData } from './residency-personal-data.js';
import { ResidencyStatistics } from './residency-statistics.js';

@Module({
  imports: [IdentityModule, IdentityVerificationModule, AddressesModule, BackofficeModule],
  controllers: [EvidenceController],
  providers: [
    ResidencyStatistics,
    ResidencyPersonalData,
    EvidenceStorage,
    EvidenceService,
    ResidencyNotifier,
    ResidencyLive,
    ResidencyLiveResolver,
    ResidencyLifecycleService,
    ResidencyDecisionService,
    ResidencyApplicationService,
    ResidencyService,
    ResidencyCaseHandler,
    ResidencyExpiryJob,
    ResidencyDemoSeed,
    ResidencyResolver,
    ResidencyApplicationFieldsResolver,
    ResidencyCaseFieldsResolver,
  ],
  exports: [ResidencyService],
})
export class ResidencyModule {}

import { Module } from '@nestjs/common';
import { BackofficeCaseFieldsResolver } from './backoffice-case-fields.resolver.js';
import { CaseEventFieldsResolver } from './case-event-fields.resolver.js';
import { BackofficeCaseResolver } from './backoffice-case.resolver.js';
import { BackofficeLoaders } from './backoffice-loaders.js';
import { CaseKindRegistry } from './case-kind-registry.js';
import { CaseQueue } from './case-queue.js';
import { CaseWorkService } from './case-work.service.js';
import { StaffDirectory } from './staff-directory.js';
import { IdentityModule } from '../identity/index.js';

@Module({
  imports: [IdentityModule],
  providers: [
    CaseKindRegistry,
    CaseQueue,
    StaffDirectory,
    CaseWorkService,
    BackofficeLoaders,
    BackofficeCaseResolver,
    BackofficeCaseFieldsResolver,
    CaseEventFieldsResolver,
  ],
  exports: [CaseKindRegistry, CaseQueue],
})
export class BackofficeModule {}

import { Module } from '@nestjs/common';
import { AddressesModule } from '../addresses/addresses.module.js';
import { IdentityVerificationModule } from '../identity-verification/identity-verification.module.js';
import { COMPANIES_RESOLVERS } from './companies.resolvers.js';
import { CompaniesService } from './companies.service.js';
import { CompanyAccess } from './company-access.service.js';
import { CompanyDirectory } from './company-directory.service.js';
import { CompanyDocumentStorage } from './company-document-storage.js';
import { EstablishmentLifecycle } from './establishment-lifecycle.service.js';
import { EstablishmentsService } from './establishments.service.js';
import { CompanyJourneySteps } from './onboarding/company-journey-steps.js';
import { OnboardingJourneyService } from './onboarding/onboarding-journey.service.js';
import { OnboardingSteps } from './onboarding/onboarding-steps.js';
import { RegisterExtractController } from './register-extract.controller.js';
import { RegisterExtractService } from './register-extract.service.js';
import { RepresentativesService } from './representatives.service.js';

@Module({
  imports: [IdentityVerificationModule, AddressesModule],
  controllers: [RegisterExtractController],
  providers: [
    CompanyAccess,
    CompanyDirectory,
    CompanyDocumentStorage,
    OnboardingSteps,
    CompanyJourneySteps,
    OnboardingJourneyService,
    CompaniesService,
    RepresentativesService,
    EstablishmentsService,
    EstablishmentLifecycle,
    RegisterExtractService,
    ...COMPANIES_RESOLVERS,
  ],
  exports: [CompanyAccess, CompanyDirectory, OnboardingSteps, EstablishmentLifecycle],
})
export class CompaniesModule {}

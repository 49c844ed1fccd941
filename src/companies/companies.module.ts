import { Module } from '@nestjs/common';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { COMPANIES_RESOLVERS } from './companies.resolvers.js';
import { CompaniesService } from './companies.service.js';
import { CompanyAccess } from './company-access.service.js';
import { CompanyDirectory } from './company-directory.service.js';
import { CompanyDocumentStorage } from './company-document-storage.js';
import { EstablishmentAddresses } from './establishment-addresses.js';
import { EstablishmentLifecycle } from './establishment-lifecycle.service.js';
import { EstablishmentsService } from './establishments.service.js';
import { CompanyJourneySteps } from './onboarding/company-journey-steps.js';
import { OnboardingJourneyService } from './onboarding/onboarding-journey.service.js';
import { OnboardingSteps } from './onboarding/onboarding-steps.js';
import { RegisterExtractController } from './register-extract.controller.js';
import { RegisterExtractService } from './register-extract.service.js';
import { RepresentativesService } from './representatives.service.js';
import { IdentityModule } from '../identity/index.js';
import { CompanyTransaction } from './company-transaction.js';

@Module({
  imports: [IdentityModule, IdentityVerificationModule],
  controllers: [RegisterExtractController],
  providers: [
    CompanyAccess,
    CompanyTransaction,
    CompanyDirectory,
    CompanyDocumentStorage,
    OnboardingSteps,
    EstablishmentAddresses,
    CompanyJourneySteps,
    OnboardingJourneyService,
    CompaniesService,
    RepresentativesService,
    EstablishmentsService,
    EstablishmentLifecycle,
    RegisterExtractService,
    ...COMPANIES_RESOLVERS,
  ],
  exports: [CompanyAccess, CompanyDirectory, OnboardingSteps, EstablishmentAddresses, EstablishmentLifecycle],
})
export class CompaniesModule {}

import { Module } from '@nestjs/common';
import { BackofficeModule } from '../backoffice/index.js';
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
import { GrowthController } from './growth/growth.controller.js';
import { GrowthOffice } from './growth/growth-office.service.js';
import { GrowthPackages } from './growth/growth-packages.service.js';
import { GrowthService } from './growth/growth.service.js';
import { CompanyVatChecks } from './vies/company-vat-checks.service.js';
import { ViesClient } from './vies/vies-client.js';
import { ViesSandboxController } from './vies/vies-sandbox.controller.js';
import { CompaniesPersonalData } from './companies-personal-data.js';
import { CompaniesStatistics } from './companies-statistics.js';

@Module({
  imports: [IdentityModule, IdentityVerificationModule, BackofficeModule],
  controllers: [GrowthController, RegisterExtractController, ViesSandboxController],
  providers: [
    CompaniesStatistics,
    CompaniesPersonalData,
    CompanyAccess,
    CompanyTransaction,
    CompanyDirectory,
    CompanyDocumentStorage,
    OnboardingSteps,
    EstablishmentAddresses,
    CompanyJourneySteps,
    OnboardingJourneyService,
    ViesClient,
    CompanyVatChecks,
    CompaniesService,
    RepresentativesService,
    EstablishmentsService,
    EstablishmentLifecycle,
    RegisterExtractService,
    GrowthService,
    GrowthPackages,
    GrowthOffice,
    ...COMPANIES_RESOLVERS,
  ],
  exports: [CompanyAccess, CompanyDirectory, OnboardingSteps, EstablishmentAddresses, EstablishmentLifecycle],
})
export class CompaniesModule {}

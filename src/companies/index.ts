/** The public surface of the companies domain: companies, representatives, establishments, the onboarding journey. */
export { CompaniesModule } from './companies.module.js';
export { COMPANY_STAFF_ROLES, CompanyAccess } from './company-access.service.js';
export {
  CompanyDirectory,
  type CompanyProfile,
  type EstablishmentSummary,
  type RepresentativeSummary,
} from './company-directory.service.js';
export { EstablishmentLifecycle } from './establishment-lifecycle.service.js';
export {
  EstablishmentAddresses,
  type EstablishmentAddress,
  type EstablishmentAddressProvider,
  type EstablishmentAddressRequest,
} from './establishment-addresses.js';
export {
  companyIdsOf,
  OnboardingStep,
  OnboardingSteps,
  type OnboardingStepContext,
  type OnboardingStepProvider,
  type OnboardingStepState,
  type OnboardingStepStatus,
} from './onboarding/onboarding-steps.js';
export {
  COMPANY_JOURNEY_CHANGED,
  isCompanyJourneyChanged,
  publishJourneyChanged,
  type CompanyJourneyChanged,
} from './onboarding/journey-live.js';
export { COMPANIES_ENTITIES } from './companies.entities.js';
export { COMPANIES_RESOLVERS } from './companies.resolvers.js';
export { CompaniesStatistics } from './companies-statistics.js';

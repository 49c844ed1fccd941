import type { Type } from '@nestjs/common';
import { CompaniesResolver } from './companies.resolver.js';
import { CompanyFieldsResolver } from './company-fields.resolver.js';
import { OnboardingJourneyResolver } from './onboarding/onboarding-journey.resolver.js';
import { JourneyLiveResolver } from './onboarding/journey-live.resolver.js';
import { GrowthResolver } from './growth/growth.resolver.js';
import { CompanyVatCheckResolver } from './vies/company-vat-check.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const COMPANIES_RESOLVERS: Type[] = [
  CompaniesResolver,
  CompanyFieldsResolver,
  OnboardingJourneyResolver,
  JourneyLiveResolver,
  GrowthResolver,
  CompanyVatCheckResolver,
];

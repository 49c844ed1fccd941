import { Company } from './entities/company.entity.js';
import { CompanyInvitation } from './entities/company-invitation.entity.js';
import { CompanyRegisterExtract } from './entities/company-register-extract.entity.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { Establishment } from './entities/establishment.entity.js';
import { OnboardingJourney } from './entities/onboarding-journey.entity.js';
import { GrowthDocument } from './growth/entities/growth-document.entity.js';
import { GrowthPlan } from './growth/entities/growth-plan.entity.js';
import { CompanyVatCheck } from './vies/company-vat-check.entity.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const COMPANIES_ENTITIES: Function[] = [
  Company,
  CompanyRepresentative,
  CompanyInvitation,
  CompanyRegisterExtract,
  Establishment,
  OnboardingJourney,
  GrowthPlan,
  GrowthDocument,
  CompanyVatCheck,
];

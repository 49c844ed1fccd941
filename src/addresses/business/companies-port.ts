import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CompanyAccess } from '../../companies/company-access.service.js';
import { CompanyDirectory } from '../../companies/company-directory.service.js';
import { OnboardingSteps } from '../../companies/onboarding/onboarding-steps.js';

/**
 * The companies domain's services, looked up when first needed: CompaniesModule imports
 * AddressesModule (it allocates business addresses), so AddressesModule cannot import it back.
 */
@Injectable()
export class CompaniesPort {
  constructor(private readonly moduleRef: ModuleRef) {}

  get access(): CompanyAccess {
    return this.moduleRef.get(CompanyAccess, { strict: false });
  }

  get directory(): CompanyDirectory {
    return this.moduleRef.get(CompanyDirectory, { strict: false });
  }

  get onboarding(): OnboardingSteps {
    return this.moduleRef.get(OnboardingSteps, { strict: false });
  }
}

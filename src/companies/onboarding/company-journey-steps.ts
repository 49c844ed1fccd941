import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { meetsAssurance } from '../../common/auth/assurance-level.js';
import { AccountDirectory } from '../../identity/index.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { CompanyRegisterExtract } from '../entities/company-register-extract.entity.js';
import { Company } from '../entities/company.entity.js';
import { Establishment } from '../entities/establishment.entity.js';
import { EstablishmentKind, EstablishmentStatus } from '../company-enums.js';
import { OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from './onboarding-steps.js';
import { Not } from 'typeorm';

export const registerExtractPath = (companyId: string) => `/api/companies/${companyId}/register-extract`;

/** The journey steps this domain owns: account, identity, company and establishment. */
@Injectable()
export class CompanyJourneySteps implements OnModuleInit {
  constructor(
    private readonly steps: OnboardingSteps,
    private readonly identities: VerifiedIdentities,
    private readonly accounts: AccountDirectory,
  ) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.account, { state: (context, manager) => this.account(context, manager) });
    this.steps.register(OnboardingStep.identity, { state: (context, manager) => this.identity(context, manager) });
    this.steps.register(OnboardingStep.company, { state: (context, manager) => this.company(context, manager) });
    this.steps.register(OnboardingStep.establishment, { state: (context, manager) => this.establishment(context, manager) });
  }

  private async account({ accountId }: OnboardingStepContext, manager: EntityManager): Promise<OnboardingStepState> {
    const account = await this.accounts.contactOf(accountId, manager);
    return { status: 'done', updatedAt: account?.createdAt ?? null, link: '/account' };
  }

  private async identity({ companyId, accountId }: OnboardingStepContext, manager: EntityManager): Promise<OnboardingStepState> {
    const identity = await this.identities.of(accountId, manager);
    const link = companyId ? `/identity?companyId=${companyId}` : '/identity?returnTo=/company/new';
    if (identity && meetsAssurance(identity.level, this.identities.requiredFor('company_creation'))) {
      return { status: 'done', updatedAt: identity.verifiedAt, link, detailKey: `companies:journey.identityVerified_${identity.method}` };
    }
    return { status: companyId ? 'action_required' : 'not_started', link, detailKey: 'companies:journey.identityNeeded' };
  }

  private async company({ companyId }: OnboardingStepContext, manager: EntityManager): Promise<OnboardingStepState> {
    const company = companyId ? await manager.findOneBy(Company, { id: companyId }) : null;
    if (!company) return { status: 'not_started', link: '/company/new' };
    const extract = await manager.findOneBy(CompanyRegisterExtract, { companyId });
    return {
      status: 'done',
      updatedAt: company.updatedAt,
      link: `/company/${companyId}/profile`,
      detailKey: extract ? undefined : 'companies:journey.extractMissing',
      documents: extract ? [{ labelKey: 'companies:documents.registerExtract', url: registerExtractPath(companyId) }] : [],
    };
  }

  private async establishment({ companyId }: OnboardingStepContext, manager: EntityManager): Promise<OnboardingStepState> {
    const link = `/company/${companyId}/establishment`;
    const office = await manager.findOne(Establishment, {
      where: { companyId, kind: EstablishmentKind.representative_office, status: Not(EstablishmentStatus.closed) },
      order: { createdAt: 'DESC' },
    });
    if (!office) return { status: 'not_started', link, detailKey: 'companies:journey.chooseServicePoint' };
    return { status: office.businessAddressLines ? 'done' : 'in_progress', updatedAt: office.createdAt, link };
  }
}

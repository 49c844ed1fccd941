import { Injectable, OnModuleInit } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { meetsAssurance } from '../../common/auth/assurance-level.js';
import { AccountDirectory } from '../../identity/index.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { CompanyRegisterExtract } from '../entities/company-register-extract.entity.js';
import { Company } from '../entities/company.entity.js';
import { Establishment } from '../entities/establishment.entity.js';
import { EstablishmentKind, EstablishmentStatus } from '../company-enums.js';
import { companyIdsOf, OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from './onboarding-steps.js';

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
    this.steps.register(OnboardingStep.account, { states: (contexts, manager) => this.account(contexts, manager) });
    this.steps.register(OnboardingStep.identity, { states: (contexts, manager) => this.identity(contexts, manager) });
    this.steps.register(OnboardingStep.company, { states: (contexts, manager) => this.company(contexts, manager) });
    this.steps.register(OnboardingStep.establishment, { states: (contexts, manager) => this.establishment(contexts, manager) });
  }

  private async account(contexts: readonly OnboardingStepContext[], manager: EntityManager): Promise<OnboardingStepState[]> {
    const accounts = await this.accounts.contactsOf(
      contexts.map(({ accountId }) => accountId),
      manager,
    );
    return contexts.map(({ accountId }) => ({ status: 'done', updatedAt: accounts.get(accountId)?.createdAt ?? null, link: '/account' }));
  }

  private async identity(contexts: readonly OnboardingStepContext[], manager: EntityManager): Promise<OnboardingStepState[]> {
    const identities = await this.identities.ofMany(
      contexts.map(({ accountId }) => accountId),
      manager,
    );
    const required = this.identities.requiredFor('company_creation');
    return contexts.map(({ companyId, accountId }): OnboardingStepState => {
      const identity = identities.get(accountId);
      const link = companyId ? `/identity?companyId=${companyId}` : '/identity?returnTo=/company/new';
      if (identity && meetsAssurance(identity.level, required)) {
        return { status: 'done', updatedAt: identity.verifiedAt, link, detailKey: `companies:journey.identityVerified_${identity.method}` };
      }
      return { status: companyId ? 'action_required' : 'not_started', link, detailKey: 'companies:journey.identityNeeded' };
    });
  }

  private async company(contexts: readonly OnboardingStepContext[], manager: EntityManager): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts);
    const [companies, extracts] = ids.length
      ? await Promise.all([manager.findBy(Company, { id: In(ids) }), manager.findBy(CompanyRegisterExtract, { companyId: In(ids) })])
      : [[], []];
    const byId = new Map(companies.map((company) => [company.id, company]));
    const withExtract = new Set(extracts.map((extract) => extract.companyId));
    return contexts.map(({ companyId }): OnboardingStepState => {
      const company = byId.get(companyId);
      if (!company) return { status: 'not_started', link: '/company/new' };
      const extract = withExtract.has(companyId);
      return {
        status: 'done',
        updatedAt: company.updatedAt,
        link: `/company/${companyId}/profile`,
        detailKey: extract ? undefined : 'companies:journey.extractMissing',
        documents: extract ? [{ labelKey: 'companies:documents.registerExtract', url: registerExtractPath(companyId) }] : [],
      };
    });
  }

  private async establishment(contexts: readonly OnboardingStepContext[], manager: EntityManager): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts);
    const offices = ids.length
      ? await manager.find(Establishment, {
          where: { companyId: In(ids), kind: EstablishmentKind.representative_office, status: Not(EstablishmentStatus.closed) },
          order: { createdAt: 'DESC' },
        })
      : [];
    // Newest first: the first office seen for a company is its latest.
    const latest = new Map<string, Establishment>();
    for (const office of offices) if (!latest.has(office.companyId)) latest.set(office.companyId, office);
    return contexts.map(({ companyId }): OnboardingStepState => {
      const link = `/company/${companyId}/establishment`;
      const office = latest.get(companyId);
      if (!office) return { status: 'not_started', link, detailKey: 'companies:journey.chooseServicePoint' };
      return { status: office.businessAddressLines ? 'done' : 'in_progress', updatedAt: office.createdAt, link };
    });
  }
}

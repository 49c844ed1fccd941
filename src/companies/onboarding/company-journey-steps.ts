import { Injectable, OnModuleInit } from '@nestjs/common';
import { meetsAssurance } from '../../common/auth/assurance-level.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { dateOf, type StatementBatch } from '../../common/loaders/statement-batch.js';
import { AccountDirectory } from '../../identity/index.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { companyIdsOf, OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from './onboarding-steps.js';

export const registerExtractPath = (companyId: string) => `/api/companies/${companyId}/register-extract`;

const accountIdsOf = (contexts: readonly OnboardingStepContext[]) => contexts.map(({ accountId }) => accountId).filter(isUuid);

/** The journey steps this domain owns: account, identity, company and establishment. */
@Injectable()
export class CompanyJourneySteps implements OnModuleInit {
  constructor(
    private readonly steps: OnboardingSteps,
    private readonly identities: VerifiedIdentities,
    private readonly accounts: AccountDirectory,
  ) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.account, { states: (contexts, batch) => this.account(contexts, batch) });
    this.steps.register(OnboardingStep.identity, { states: (contexts, batch) => this.identity(contexts, batch) });
    this.steps.register(OnboardingStep.company, { states: (contexts, batch) => this.company(contexts, batch) });
    this.steps.register(OnboardingStep.establishment, { states: (contexts, batch) => this.establishment(contexts, batch) });
  }

  private async account(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const createdAt = await this.accounts.createdAtOfMany(accountIdsOf(contexts), batch);
    return contexts.map(({ accountId }) => ({ status: 'done', updatedAt: createdAt.get(accountId) ?? null, link: '/account' }));
  }

  private async identity(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const identities = await this.identities.assurancesOfMany(accountIdsOf(contexts), batch);
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

  private async company(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts).filter(isUuid);
    const rows = ids.length
      ? await batch.rows<{ id: string; updatedAt: string; hasExtract: boolean }>(
          `SELECT c.id, c.updated_at AS "updatedAt", EXISTS (SELECT 1 FROM company_register_extracts e WHERE e.company_id = c.id) AS "hasExtract"
             FROM companies c WHERE c.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return contexts.map(({ companyId }): OnboardingStepState => {
      const company = byId.get(companyId);
      if (!company) return { status: 'not_started', link: '/company/new' };
      return {
        status: 'done',
        updatedAt: dateOf(company.updatedAt),
        link: `/company/${companyId}/profile`,
        detailKey: company.hasExtract ? undefined : 'companies:journey.extractMissing',
        documents: company.hasExtract ? [{ labelKey: 'companies:documents.registerExtract', url: registerExtractPath(companyId) }] : [],
      };
    });
  }

  private async establishment(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts).filter(isUuid);
    // The latest open representative office of each company.
    const offices = ids.length
      ? await batch.rows<{ companyId: string; createdAt: string; hasAddress: boolean }>(
          `SELECT DISTINCT ON (company_id) company_id AS "companyId", created_at AS "createdAt",
                  (business_address_lines IS NOT NULL AND business_address_lines <> 'null'::jsonb) AS "hasAddress"
             FROM establishments
            WHERE company_id = ANY($1::uuid[]) AND kind = 'representative_office' AND status <> 'closed'
            ORDER BY company_id, created_at DESC`,
          [ids],
        )
      : [];
    const latest = new Map(offices.map((office) => [office.companyId, office]));
    return contexts.map(({ companyId }): OnboardingStepState => {
      const link = `/company/${companyId}/establishment`;
      const office = latest.get(companyId);
      if (!office) return { status: 'not_started', link, detailKey: 'companies:journey.chooseServicePoint' };
      return { status: office.hasAddress ? 'done' : 'in_progress', updatedAt: dateOf(office.createdAt), link };
    });
  }
}

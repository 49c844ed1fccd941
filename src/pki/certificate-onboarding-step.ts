import { Injectable, OnModuleInit } from '@nestjs/common';
import { companyIdsOf, OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from '../companies/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import { certificateDownloadPath } from './certificate-download.controller.js';
import { IssuedCertificateKind } from './entities/issued-certificate.entity.js';

/** The journey's certificate step: done while the representative holds an active certificate for the company. */
@Injectable()
export class CertificateOnboardingStep implements OnModuleInit {
  constructor(private readonly steps: OnboardingSteps) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.signature_certificate, { states: (contexts, batch) => this.states(contexts, batch) });
  }

  /** One read for all journeys: the newest active person certificate of each representative for each company. */
  async states(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const companyIds = companyIdsOf(contexts).filter(isUuid);
    const accountIds = [...new Set(contexts.map(({ accountId }) => accountId).filter(isUuid))];
    const active =
      companyIds.length && accountIds.length
        ? await batch.rows<{ id: string; companyId: string; accountId: string; createdAt: string }>(
            `SELECT DISTINCT ON (company_id, account_id) id, company_id AS "companyId", account_id AS "accountId", created_at AS "createdAt"
               FROM pki_certificates
              WHERE company_id = ANY($1::uuid[]) AND account_id = ANY($2::uuid[]) AND kind = $3
                AND revoked_at IS NULL AND not_after > now()
              ORDER BY company_id, account_id, created_at DESC`,
            [companyIds, accountIds, IssuedCertificateKind.person],
          )
        : [];
    const newest = new Map(active.map((certificate) => [`${certificate.companyId}:${certificate.accountId}`, certificate]));
    return contexts.map(({ companyId, accountId }): OnboardingStepState => {
      const link = `/company/${companyId}/certificate`;
      const certificate = companyId ? newest.get(`${companyId}:${accountId}`) : undefined;
      if (!certificate) return { status: 'not_started', link };
      return {
        status: 'done',
        updatedAt: dateOf(certificate.createdAt),
        link,
        documents: [{ labelKey: 'pki:server.documents.certificate', url: certificateDownloadPath(certificate.id) }],
      };
    });
  }
}

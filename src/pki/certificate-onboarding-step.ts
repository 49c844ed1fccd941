import { Injectable, OnModuleInit } from '@nestjs/common';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { companyIdsOf, OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from '../companies/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { certificateDownloadPath } from './certificate-download.controller.js';
import { IssuedCertificate, IssuedCertificateKind } from './entities/issued-certificate.entity.js';

/** The journey's certificate step: done while the representative holds an active certificate for the company. */
@Injectable()
export class CertificateOnboardingStep implements OnModuleInit {
  constructor(private readonly steps: OnboardingSteps) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.signature_certificate, { states: (contexts, manager) => this.states(contexts, manager) });
  }

  /** One query for all journeys: the newest active person certificate of each representative for each company. */
  async states(contexts: readonly OnboardingStepContext[], manager: EntityManager): Promise<OnboardingStepState[]> {
    const companyIds = companyIdsOf(contexts).filter(isUuid);
    const accountIds = [...new Set(contexts.map(({ accountId }) => accountId).filter(isUuid))];
    const active =
      companyIds.length && accountIds.length
        ? await manager.find(IssuedCertificate, {
            where: {
              companyId: In(companyIds),
              accountId: In(accountIds),
              kind: IssuedCertificateKind.person,
              revokedAt: IsNull(),
              notAfter: MoreThan(new Date()),
            },
            order: { createdAt: 'DESC' },
          })
        : [];
    const newest = new Map<string, IssuedCertificate>();
    for (const certificate of active) {
      const key = `${certificate.companyId}:${certificate.accountId}`;
      if (!newest.has(key)) newest.set(key, certificate);
    }
    return contexts.map(({ companyId, accountId }): OnboardingStepState => {
      const link = `/company/${companyId}/certificate`;
      const certificate = companyId ? newest.get(`${companyId}:${accountId}`) : undefined;
      if (!certificate) return { status: 'not_started', link };
      return {
        status: 'done',
        updatedAt: certificate.createdAt,
        link,
        documents: [{ labelKey: 'pki:server.documents.certificate', url: certificateDownloadPath(certificate.id) }],
      };
    });
  }
}

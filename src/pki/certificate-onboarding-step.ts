import { Injectable, OnModuleInit } from '@nestjs/common';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from '../companies/index.js';
import { certificateDownloadPath } from './certificate-download.controller.js';
import { IssuedCertificate, IssuedCertificateKind } from './entities/issued-certificate.entity.js';

/** The journey's certificate step: done while the representative holds an active certificate for the company. */
@Injectable()
export class CertificateOnboardingStep implements OnModuleInit {
  constructor(private readonly steps: OnboardingSteps) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.signature_certificate, { state: (context, manager) => this.state(context, manager) });
  }

  async state({ companyId, accountId }: OnboardingStepContext, manager: EntityManager): Promise<OnboardingStepState> {
    const link = `/company/${companyId}/certificate`;
    const active = companyId
      ? await manager.findOne(IssuedCertificate, {
          where: { companyId, accountId, kind: IssuedCertificateKind.person, revokedAt: IsNull(), notAfter: MoreThan(new Date()) },
          order: { createdAt: 'DESC' },
        })
      : null;
    if (!active) return { status: 'not_started', link };
    return {
      status: 'done',
      updatedAt: active.createdAt,
      link,
      documents: [{ labelKey: 'pki:server.documents.certificate', url: certificateDownloadPath(active.id) }],
    };
  }
}

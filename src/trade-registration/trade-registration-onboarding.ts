import { Injectable, OnModuleInit } from '@nestjs/common';
import type { StatementBatch } from '../common/loaders/statement-batch.js';
import { OnboardingStep, OnboardingSteps, type OnboardingStepContext, type OnboardingStepState } from '../companies/index.js';
import { TradeRegistrationDirectory, type TradeRegistrationSummary } from './trade-registration-directory.service.js';

export const confirmationUrl = (registrationId: string) => `/api/trade-registrations/${registrationId}/confirmation.pdf`;

/** The journey's trade registration step, from the company's latest registration. */
@Injectable()
export class TradeRegistrationOnboardingStep implements OnModuleInit {
  constructor(
    private readonly steps: OnboardingSteps,
    private readonly directory: TradeRegistrationDirectory,
  ) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.trade_registration, { states: (contexts, batch) => this.states(contexts, batch) });
  }

  async states(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]> {
    const latest = await this.directory.latestForManyIn(
      contexts.map(({ companyId }) => companyId),
      batch,
    );
    return contexts.map(({ companyId }) => stateOf(companyId, latest.get(companyId) ?? null));
  }
}

function stateOf(companyId: string, latest: TradeRegistrationSummary | null): OnboardingStepState {
  const link = `/company/${companyId}/trade-registration`;
  if (!latest) return { status: 'not_started', link, detailKey: 'trade-registration:journey.notStarted' };
  const updatedAt = latest.registeredAt ?? latest.submittedAt ?? null;
  switch (latest.status) {
    case 'draft':
      return { status: 'in_progress', link, updatedAt, detailKey: 'trade-registration:journey.draft' };
    case 'submitted':
      return { status: 'action_required', link, updatedAt, detailKey: 'trade-registration:journey.payFee' };
    case 'paid':
      return { status: 'waiting_for_office', link, updatedAt, detailKey: 'trade-registration:journey.waiting' };
    case 'info_requested':
      return { status: 'action_required', link, updatedAt, detailKey: 'trade-registration:journey.infoRequested' };
    case 'rejected':
      return { status: 'action_required', link, updatedAt, detailKey: 'trade-registration:journey.rejected' };
    case 'registered':
      return {
        status: 'done',
        link,
        updatedAt,
        detailKey: 'trade-registration:journey.registered',
        documents: [{ labelKey: 'trade-registration:journey.confirmation', url: confirmationUrl(latest.id) }],
      };
  }
}

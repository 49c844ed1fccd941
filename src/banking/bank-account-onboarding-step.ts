import type { EntityManager } from 'typeorm';
import type { OnboardingStepProvider, OnboardingStepState } from '../companies/index.js';
import { BankAccountApplication, BankAccountApplicationStatus as Status } from './entities/bank-account-application.entity.js';

const RANK: Record<Status, number> = {
  [Status.opened]: 4,
  [Status.documents_requested]: 3,
  [Status.in_review]: 2,
  [Status.requested]: 2,
  [Status.declined]: 1,
};

/** The journey's bank step: the most advanced of the company's applications decides. */
export const bankAccountOnboardingStep: OnboardingStepProvider = {
  async state({ companyId }, manager: EntityManager): Promise<OnboardingStepState> {
    const link = `/company/${companyId}/bank-account`;
    const applications = await manager.find(BankAccountApplication, { where: { companyId }, order: { statusChangedAt: 'DESC' } });
    const leading = applications.sort((a, b) => RANK[b.status] - RANK[a.status])[0];
    if (!leading) return { status: 'not_started', detailKey: 'banking:journey.notStarted', link };
    const updatedAt = leading.statusChangedAt;
    switch (leading.status) {
      case Status.opened:
        return {
          status: 'done',
          updatedAt,
          detailKey: 'banking:journey.opened',
          link,
          documents: [
            { labelKey: 'banking:journey.accountConfirmation', url: `/api/banking/applications/${leading.id}/account-confirmation` },
          ],
        };
      case Status.documents_requested:
        return { status: 'action_required', updatedAt, detailKey: 'banking:journey.documentsRequested', link };
      case Status.declined:
        return { status: 'action_required', updatedAt, detailKey: 'banking:journey.declined', link };
      default:
        return { status: 'waiting_for_office', updatedAt, detailKey: 'banking:journey.inReview', link };
    }
  },
};

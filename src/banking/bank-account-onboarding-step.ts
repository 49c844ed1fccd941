import { In, type EntityManager } from 'typeorm';
import { companyIdsOf, type OnboardingStepProvider, type OnboardingStepState } from '../companies/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
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
  async states(contexts, manager: EntityManager): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts).filter(isUuid);
    const applications = ids.length
      ? await manager.find(BankAccountApplication, { where: { companyId: In(ids) }, order: { statusChangedAt: 'DESC' } })
      : [];
    const byCompany = new Map<string, BankAccountApplication[]>();
    for (const application of applications) {
      byCompany.set(application.companyId, [...(byCompany.get(application.companyId) ?? []), application]);
    }
    return contexts.map(({ companyId }) => stateOf(companyId, byCompany.get(companyId) ?? []));
  },
};

function stateOf(companyId: string, applications: BankAccountApplication[]): OnboardingStepState {
  const link = `/company/${companyId}/bank-account`;
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
}

import { companyIdsOf, type OnboardingStepProvider, type OnboardingStepState } from '../companies/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import { BankAccountApplicationStatus as Status } from './entities/bank-account-application.entity.js';

const RANK: Record<Status, number> = {
  [Status.opened]: 4,
  [Status.documents_requested]: 3,
  [Status.in_review]: 2,
  [Status.requested]: 2,
  [Status.declined]: 1,
};

/** The journey's bank step: the most advanced of the company's applications decides. */
export const bankAccountOnboardingStep: OnboardingStepProvider = {
  async states(contexts, batch: StatementBatch): Promise<OnboardingStepState[]> {
    const ids = companyIdsOf(contexts).filter(isUuid);
    const applications = ids.length
      ? await batch.rows<BatchedApplication>(
          `SELECT id, company_id AS "companyId", status, status_changed_at AS "statusChangedAt"
             FROM bank_account_applications WHERE company_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byCompany = new Map<string, BatchedApplication[]>();
    for (const application of applications) {
      byCompany.set(application.companyId, [...(byCompany.get(application.companyId) ?? []), application]);
    }
    return contexts.map(({ companyId }) => stateOf(companyId, byCompany.get(companyId) ?? []));
  },
};

interface BatchedApplication {
  id: string;
  companyId: string;
  status: Status;
  statusChangedAt: string;
}

function stateOf(companyId: string, applications: BatchedApplication[]): OnboardingStepState {
  const link = `/company/${companyId}/bank-account`;
  // The most advanced; among equals the latest change (as the newest-first read before).
  const leading = applications.sort(
    (a, b) => RANK[b.status] - RANK[a.status] || Date.parse(b.statusChangedAt) - Date.parse(a.statusChangedAt),
  )[0];
  if (!leading) return { status: 'not_started', detailKey: 'banking:journey.notStarted', link };
  const updatedAt = dateOf(leading.statusChangedAt);
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

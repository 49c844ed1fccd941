import type { EntityManager } from 'typeorm';
import type { ClusterEventPayload, ClusterEvents } from '../../common/cluster-events/index.js';

/**
 * Cluster channel: a step of a company's onboarding journey may have changed state. Published on commit
 * by the domain behind the step (trade registration, …); open dashboards of the company read it again.
 */
export const COMPANY_JOURNEY_CHANGED = 'companies.journey_changed';

export interface CompanyJourneyChanged {
  companyId: string;
}

export function isCompanyJourneyChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & CompanyJourneyChanged {
  return typeof payload.companyId === 'string';
}

/** For the domains behind journey steps: tell the company's open dashboards, once the transaction commits. */
export async function publishJourneyChanged(cluster: ClusterEvents, manager: EntityManager, companyId: string): Promise<void> {
  const event: CompanyJourneyChanged = { companyId };
  await cluster.publishOnCommit(manager, COMPANY_JOURNEY_CHANGED, { ...event });
}

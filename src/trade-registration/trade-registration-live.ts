import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClusterEvents, type ClusterEventPayload } from '../common/cluster-events/index.js';
import { publishJourneyChanged } from '../companies/index.js';

/** Cluster channel: a trade registration's state changed (submitted, paid, decided, asked about). Ids only. */
export const TRADE_REGISTRATION_CHANGED = 'trade_registration.changed';

export interface TradeRegistrationChanged {
  registrationId: string;
  /** The company whose representatives may see it (checked again when read). */
  companyId: string;
  /** The account that submitted (or started) it. */
  accountId: string;
}

export function isTradeRegistrationChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & TradeRegistrationChanged {
  return typeof payload.registrationId === 'string' && typeof payload.companyId === 'string' && typeof payload.accountId === 'string';
}

/** Tells open pages (the registration page, the company's journey) of a change, once the caller's transaction commits. */
@Injectable()
export class TradeRegistrationLive {
  constructor(private readonly cluster: ClusterEvents) {}

  async changed(
    manager: EntityManager,
    registration: { id: string; companyId: string; createdByAccountId: string; submittedByAccountId?: string | null },
  ): Promise<void> {
    const event: TradeRegistrationChanged = {
      registrationId: registration.id,
      companyId: registration.companyId,
      accountId: registration.submittedByAccountId ?? registration.createdByAccountId,
    };
    await this.cluster.publishOnCommit(manager, TRADE_REGISTRATION_CHANGED, { ...event });
    await publishJourneyChanged(this.cluster, manager, registration.companyId);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClusterEvents, type ClusterEventPayload } from '../common/cluster-events/index.js';

/** Cluster channel: a residency application's state changed (submitted, decided, asked about, answered). Ids only. */
export const RESIDENCY_APPLICATION_CHANGED = 'residency.application_changed';

export interface ResidencyApplicationChanged {
  applicationId: string;
  /** The applicant: the only account that receives it. */
  accountId: string;
}

export function isResidencyApplicationChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & ResidencyApplicationChanged {
  return typeof payload.applicationId === 'string' && typeof payload.accountId === 'string';
}

/** Tells open pages that an application changed, once (and only if) the caller's transaction commits. */
@Injectable()
export class ResidencyLive {
  constructor(private readonly cluster: ClusterEvents) {}

  async changed(manager: EntityManager, application: { id: string; accountId: string }): Promise<void> {
    const event: ResidencyApplicationChanged = { applicationId: application.id, accountId: application.accountId };
    await this.cluster.publishOnCommit(manager, RESIDENCY_APPLICATION_CHANGED, { ...event });
  }
}

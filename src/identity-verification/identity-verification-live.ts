import type { EntityManager } from 'typeorm';
import type { ClusterEventPayload, ClusterEvents } from '../common/cluster-events/index.js';

/**
 * Cluster channel: a person's identification changed state (a video identification in review or decided,
 * an identification in person confirmed or refused by staff). The account id only; the page reads again.
 */
export const IDENTITY_VERIFICATION_CHANGED = 'identity_verification.changed';

export interface IdentityVerificationChanged {
  /** The person identified: the only account that receives it. */
  accountId: string;
}

export function isIdentityVerificationChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & IdentityVerificationChanged {
  return typeof payload.accountId === 'string';
}

/** Tells the person's open identity page, once (and only if) the transaction commits. */
export async function publishIdentityVerificationChanged(cluster: ClusterEvents, manager: EntityManager, accountId: string): Promise<void> {
  const event: IdentityVerificationChanged = { accountId };
  await cluster.publishOnCommit(manager, IDENTITY_VERIFICATION_CHANGED, { ...event });
}

import type { ClusterEventPayload } from '../common/cluster-events/index.js';

/** Cluster channel: a case of the staff queue was opened, claimed, assigned, decided or answered. Ids only. */
export const BACKOFFICE_QUEUE_CHANGED = 'backoffice.queue_changed';

export enum QueueChange {
  opened = 'opened',
  claimed = 'claimed',
  assigned = 'assigned',
  decided = 'decided',
  answered = 'answered',
}

export interface BackofficeQueueChanged {
  caseId: string;
  /** The case kind: only staff who may handle it receive the event. */
  kind: string;
  change: QueueChange;
}

export function isBackofficeQueueChanged(payload: ClusterEventPayload): payload is ClusterEventPayload & BackofficeQueueChanged {
  return (
    typeof payload.caseId === 'string' &&
    typeof payload.kind === 'string' &&
    Object.values(QueueChange).includes(payload.change as QueueChange)
  );
}

import { BankAccountApplicationStatus as Status } from '../entities/bank-account-application.entity.js';

export type BankEventType = 'application.in_review' | 'application.documents_requested' | 'application.opened' | 'application.declined';

export const STATUS_OF_EVENT: Record<BankEventType, Status> = {
  'application.in_review': Status.in_review,
  'application.documents_requested': Status.documents_requested,
  'application.opened': Status.opened,
  'application.declined': Status.declined,
};

const FINAL = new Set<Status>([Status.opened, Status.declined]);

const ALLOWED: Record<Status, Status[]> = {
  [Status.requested]: [Status.in_review, Status.documents_requested, Status.opened, Status.declined],
  [Status.in_review]: [Status.documents_requested, Status.opened, Status.declined],
  // a further request for documents may follow one that is still open
  [Status.documents_requested]: [Status.in_review, Status.documents_requested, Status.opened, Status.declined],
  [Status.opened]: [],
  [Status.declined]: [],
};

/**
 * Whether a bank event may move the application: only a higher sequence than the last one applied,
 * and only forwards (a final state never changes; `in_review` after `opened` is ignored).
 */
export function transitionFor(
  current: { status: Status; lastSequence: number },
  event: { type: BankEventType; sequence: number },
): Status | null {
  if (event.sequence <= current.lastSequence || FINAL.has(current.status)) return null;
  const next = STATUS_OF_EVENT[event.type];
  return ALLOWED[current.status].includes(next) ? next : null;
}

export function isBankEventType(type: unknown): type is BankEventType {
  return typeof type === 'string' && Object.hasOwn(STATUS_OF_EVENT, type);
}

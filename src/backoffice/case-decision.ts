import { registerEnumType } from '@nestjs/graphql';

export enum CaseDecisionOutcome {
  approve = 'approve',
  reject = 'reject',
  request_info = 'request_info',
}

registerEnumType(CaseDecisionOutcome, { name: 'CaseDecisionOutcome' });

/** A staff decision as handed to a case kind's handler; validated before it gets there. */
export type CaseDecision =
  | { outcome: CaseDecisionOutcome.approve; message: string | null }
  | { outcome: CaseDecisionOutcome.reject; reasonCode: string; message: string | null }
  | { outcome: CaseDecisionOutcome.request_info; message: string };

/** What a case's timeline records: who did what (types are open-ended so kinds can add their own). */
export const CaseEventType = {
  opened: 'opened',
  claimed: 'claimed',
  assigned: 'assigned',
  unassigned: 'unassigned',
  approved: 'approved',
  rejected: 'rejected',
  info_requested: 'info_requested',
  applicant_answered: 'applicant_answered',
  evidence_added: 'evidence_added',
  evidence_viewed: 'evidence_viewed',
} as const;

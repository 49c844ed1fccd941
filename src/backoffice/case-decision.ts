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

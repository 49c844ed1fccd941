import { domainEvent } from '../common/events/domain-event.js';
import type { BankAccountApplicationStatus } from './entities/bank-account-application.entity.js';

export interface BankApplicationStatusChanged {
  applicationId: string;
  companyId: string;
  status: BankAccountApplicationStatus;
}

/** Published in the transaction that applies a bank's status webhook; delivered after commit, at least once. */
export const BANK_APPLICATION_STATUS_CHANGED = domainEvent<BankApplicationStatusChanged>('banking.application_status_changed');

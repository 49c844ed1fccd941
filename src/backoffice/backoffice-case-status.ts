import { registerEnumType } from '@nestjs/graphql';

/** open: staff's turn; waiting_for_applicant: more information was requested; closed: decided. */
export enum BackofficeCaseStatus {
  open = 'open',
  waiting_for_applicant = 'waiting_for_applicant',
  closed = 'closed',
}

registerEnumType(BackofficeCaseStatus, { name: 'BackofficeCaseStatus' });

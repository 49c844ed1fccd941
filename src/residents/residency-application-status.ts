import { registerEnumType } from '@nestjs/graphql';

/** draft → submitted → approved | rejected | info_requested (→ submitted again when answered). */
export enum ResidencyApplicationStatus {
  draft = 'draft',
  submitted = 'submitted',
  approved = 'approved',
  rejected = 'rejected',
  info_requested = 'info_requested',
}

/** Statuses in which an application counts as active: at most one per account and category. */
export const ACTIVE_APPLICATION_STATUSES = [
  ResidencyApplicationStatus.draft,
  ResidencyApplicationStatus.submitted,
  ResidencyApplicationStatus.info_requested,
] as const;

registerEnumType(ResidencyApplicationStatus, { name: 'ResidencyApplicationStatus' });

import { registerEnumType } from '@nestjs/graphql';

/** draft → submitted → approved | rejected | info_requested (→ submitted again when answered). */
export enum ResidencyApplicationStatus {
  draft = 'draft',
  submitted = 'submitted',
  approved = 'approved',
  rejected = 'rejected',
  info_requested = 'info_requested',
}

registerEnumType(ResidencyApplicationStatus, { name: 'ResidencyApplicationStatus' });

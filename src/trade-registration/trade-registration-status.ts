import { registerEnumType } from '@nestjs/graphql';

export enum TradeRegistrationStatus {
  draft = 'draft',
  submitted = 'submitted',
  paid = 'paid',
  registered = 'registered',
  rejected = 'rejected',
  info_requested = 'info_requested',
}

/** XÖV code list values for the kind of establishment on form GewA1. */
export enum EstablishmentKindOfTrade {
  hauptniederlassung = 'hauptniederlassung',
  zweigniederlassung = 'zweigniederlassung',
  unselbststaendige_zweigstelle = 'unselbststaendige_zweigstelle',
}

export enum BusinessScope {
  full_time = 'full_time',
  side_business = 'side_business',
}

/** Statuses in which the establishment still has an open registration (at most one). */
export const OPEN_STATUSES = [
  TradeRegistrationStatus.draft,
  TradeRegistrationStatus.submitted,
  TradeRegistrationStatus.paid,
  TradeRegistrationStatus.info_requested,
] as const;

registerEnumType(TradeRegistrationStatus, { name: 'TradeRegistrationStatus' });
registerEnumType(EstablishmentKindOfTrade, {
  name: 'TradeEstablishmentKind',
  description: 'XÖV values: head office, branch, dependent branch.',
});
registerEnumType(BusinessScope, { name: 'TradeBusinessScope', description: 'Full-time business or side business.' });

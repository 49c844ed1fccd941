import { registerEnumType } from '@nestjs/graphql';

/** The postal service of an establishment's business address (no row yet: not set up). */
export enum BusinessMailServiceStatus {
  awaiting_payment = 'awaiting_payment',
  active = 'active',
  cancelled = 'cancelled',
}

/** Where a letter stands at the service point. */
export enum BusinessMailItemStatus {
  scanned = 'scanned',
  awaiting_forwarding = 'awaiting_forwarding',
  forwarded = 'forwarded',
  awaiting_pickup = 'awaiting_pickup',
  picked_up = 'picked_up',
}

registerEnumType(BusinessMailServiceStatus, { name: 'BusinessMailServiceStatus' });
registerEnumType(BusinessMailItemStatus, { name: 'BusinessMailItemStatus' });

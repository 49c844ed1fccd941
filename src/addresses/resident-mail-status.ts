import { registerEnumType } from '@nestjs/graphql';
import { mailDeskStatuses } from '../common/mail-desk/index.js';

/** Where a letter for a resident's mailbox stands at the office. */
export enum ResidentMailStatus {
  scanned = 'scanned',
  awaiting_forwarding = 'awaiting_forwarding',
  forwarded = 'forwarded',
  awaiting_pickup = 'awaiting_pickup',
  picked_up = 'picked_up',
}

registerEnumType(ResidentMailStatus, { name: 'ResidentMailStatus' });

/** New and completed statuses of residents' letters (the mail desk's, under this enum). */
export const RESIDENT_MAIL_STATUSES = mailDeskStatuses(ResidentMailStatus);

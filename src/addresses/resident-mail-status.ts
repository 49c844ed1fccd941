import { registerEnumType } from '@nestjs/graphql';
import { MailHandling } from './mail-handling.js';

/** Where a letter for a resident's mailbox stands at the office. */
export enum ResidentMailStatus {
  scanned = 'scanned',
  awaiting_forwarding = 'awaiting_forwarding',
  forwarded = 'forwarded',
  awaiting_pickup = 'awaiting_pickup',
  picked_up = 'picked_up',
}

registerEnumType(ResidentMailStatus, { name: 'ResidentMailStatus' });

export const INITIAL_RESIDENT_MAIL_STATUS: Record<MailHandling, ResidentMailStatus> = {
  [MailHandling.scan]: ResidentMailStatus.scanned,
  [MailHandling.forward]: ResidentMailStatus.awaiting_forwarding,
  [MailHandling.hold]: ResidentMailStatus.awaiting_pickup,
};

export const COMPLETED_RESIDENT_MAIL_STATUS: Partial<Record<ResidentMailStatus, ResidentMailStatus>> = {
  [ResidentMailStatus.awaiting_forwarding]: ResidentMailStatus.forwarded,
  [ResidentMailStatus.awaiting_pickup]: ResidentMailStatus.picked_up,
};

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { labelOf, type ResidentMailbox } from '../resident-mail.service.js';
import type { ResidentMailItem } from '../entities/resident-mail-item.entity.js';
import { MailHandling } from '../mail-handling.js';
import { ResidentMailStatus } from '../resident-mail-status.js';
import { ForwardingAddressModel } from './virtual-address.model.js';

@ObjectType('ResidentMailItem', { description: 'A letter that arrived for a resident’s mailbox.' })
export class ResidentMailItemModel {
  @Field(() => ID)
  id: string;

  @Field()
  sender: string;

  @Field({ description: 'The day it arrived (YYYY-MM-DD).' })
  receivedOn: string;

  @Field()
  receivedAt: Date;

  @Field({ description: 'e.g. `Fach BO-00042`.' })
  mailbox: string;

  @Field(() => MailHandling)
  handling: MailHandling;

  @Field(() => ResidentMailStatus)
  status: ResidentMailStatus;

  @Field(() => ForwardingAddressModel, { nullable: true, description: 'Where a forwarded letter goes.' })
  forwardingAddress: ForwardingAddressModel | null;

  @Field(() => String, { nullable: true, description: 'Download path of the scan (the holder only).' })
  scanUrl: string | null;

  @Field(() => String, { nullable: true })
  scanMediaType: string | null;

  @Field(() => Int, { nullable: true })
  scanSizeBytes: number | null;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was forwarded or picked up (for a scan: recorded).' })
  completedAt: Date | null;

  cursor: string;
}

export const ResidentMailItemConnection = Connection(ResidentMailItemModel, 'ResidentMailItemConnection');

@ObjectType('StaffResidentMailbox', { description: 'A resident’s mailbox as the citizens’ office recording mail sees it.' })
export class StaffResidentMailboxModel {
  @Field(() => ID, { description: 'The allocation id, to record letters for.' })
  allocationId: string;

  @Field()
  mailbox: string;

  @Field()
  holderName: string;

  @Field(() => MailHandling, { description: 'How a letter recorded now is handled: the holder’s choice.' })
  handling: MailHandling;

  @Field(() => ForwardingAddressModel, { nullable: true })
  forwardingAddress: ForwardingAddressModel | null;

  @Field(() => [ResidentMailItemModel], { description: 'The latest letters of this mailbox, newest first.' })
  recentItems: ResidentMailItemModel[];
}

/** The item must come with its allocation and pool (for the mailbox label). */
export function residentMailItemModel(item: ResidentMailItem): ResidentMailItemModel {
  return {
    id: item.id,
    sender: item.sender,
    receivedOn: item.receivedOn,
    receivedAt: item.receivedAt,
    mailbox: labelOf(item.allocation!),
    handling: item.handling,
    status: item.status,
    forwardingAddress: item.forwardingAddress,
    scanUrl: item.scanStorageKey ? `/api/resident-mail/${item.id}/scan` : null,
    scanMediaType: item.scanMediaType,
    scanSizeBytes: item.scanSizeBytes,
    read: item.readAt !== null,
    completedAt: item.completedAt,
    cursor: encodeCursor({ createdAt: item.receivedAt.toISOString(), id: item.id }),
  };
}

export function staffResidentMailboxModel({ allocation, mailbox, recentItems }: ResidentMailbox): StaffResidentMailboxModel {
  return {
    allocationId: allocation.id,
    mailbox,
    holderName: allocation.holderName,
    handling: allocation.mailHandling,
    forwardingAddress: allocation.mailHandling === MailHandling.forward ? allocation.forwardingAddress : null,
    recentItems: recentItems.map((item) => residentMailItemModel({ ...item, allocation })),
  };
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { MailDeskLetterModel, mailDeskLetterFields } from '../../common/mail-desk/index.js';
import { labelOf, type ResidentMailbox } from '../resident-mail.service.js';
import type { ResidentMailItem } from '../entities/resident-mail-item.entity.js';
import { MailHandling } from '../mail-handling.js';
import { ResidentMailStatus } from '../resident-mail-status.js';
import { ForwardingAddressModel } from './virtual-address.model.js';

@ObjectType('ResidentMailItem', { description: 'A letter that arrived for a resident’s mailbox.' })
export class ResidentMailItemModel extends MailDeskLetterModel {
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

  @Field(() => Date, { nullable: true, description: 'When it was forwarded or picked up (for a scan: recorded).' })
  completedAt: Date | null;
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
  return { ...mailDeskLetterFields(item, '/api/resident-mail'), mailbox: labelOf(item.allocation!), handling: item.handling };
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

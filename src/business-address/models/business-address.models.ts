import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MailDeskLetterModel } from '../../common/mail-desk/index.js';
import { Connection } from '../../common/pagination/connection.js';
import { ForwardingAddressModel, MailHandling } from '../../addresses/index.js';
import { BusinessMailItemStatus, BusinessMailServiceStatus } from '../business-mail-status.js';

@ObjectType('BusinessMailService', { description: 'The postal service booked for a business address.' })
export class BusinessMailServiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => BusinessMailServiceStatus)
  status: BusinessMailServiceStatus;

  @Field(() => MailHandling)
  mailHandling: MailHandling;

  @Field(() => ForwardingAddressModel, { nullable: true })
  forwardingAddress: ForwardingAddressModel | null;

  @Field(() => Int, { description: 'Monthly fee in cents when booked (0 = free).' })
  monthlyFeeCents: number;

  @Field({ description: 'Payment subject type to pay the fee with.' })
  paymentSubjectType: string;

  @Field(() => ID, { nullable: true, description: 'While awaiting payment: the payment subject id of the month to pay.' })
  paymentSubjectId: string | null;

  @Field(() => Date, { nullable: true, description: 'End of the paid months (null when free).' })
  paidUntil: Date | null;

  @Field(() => Date, { nullable: true })
  activatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
}

@ObjectType('CompanyBusinessAddress', {
  description: 'A business address of one of the company’s establishments, at a partner service point.',
})
export class CompanyBusinessAddressModel {
  @Field(() => ID, { description: 'The allocation id.' })
  id: string;

  @Field(() => ID)
  establishmentId: string;

  @Field()
  servicePointCode: string;

  @Field()
  servicePointName: string;

  @Field({ description: 'e.g. `Fach HBF-00042`.' })
  mailbox: string;

  @Field(() => [String], { description: 'The address block per DIN 5008, one line each.' })
  lines: string[];

  @Field()
  allocatedAt: Date;

  @Field(() => BusinessMailServiceModel, { nullable: true, description: 'Null until the postal service is booked.' })
  service: BusinessMailServiceModel | null;

  @Field(() => Int, { description: 'The current monthly fee of the postal service in cents (0 = free).' })
  currentMonthlyFeeCents: number;

  @Field()
  currency: string;
}

@ObjectType('BusinessMailItem', { description: 'A letter that arrived for a company’s business address.' })
export class BusinessMailItemModel extends MailDeskLetterModel {
  @Field()
  mailbox: string;

  @Field(() => MailHandling)
  handling: MailHandling;

  @Field(() => BusinessMailItemStatus)
  status: BusinessMailItemStatus;

  @Field(() => ForwardingAddressModel, { nullable: true })
  forwardingAddress: ForwardingAddressModel | null;

  @Field(() => String, { nullable: true, description: 'Download path of the scan (representatives only).' })
  scanUrl: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

export const BusinessMailItemConnection = Connection(BusinessMailItemModel, 'BusinessMailItemConnection');

@ObjectType('StaffBusinessMailbox', { description: 'A company mailbox at a service point, as staff recording mail see it.' })
export class StaffBusinessMailboxModel {
  @Field(() => ID, { description: 'The allocation id, to record letters for.' })
  allocationId: string;

  @Field()
  mailbox: string;

  @Field()
  companyName: string;

  @Field(() => [String])
  lines: string[];

  @Field(() => BusinessMailServiceStatus, { nullable: true, description: 'Null when no postal service was booked.' })
  serviceStatus: BusinessMailServiceStatus | null;

  @Field(() => MailHandling, { description: 'How a letter recorded now is handled (hold without an active service).' })
  handling: MailHandling;

  @Field(() => ForwardingAddressModel, { nullable: true })
  forwardingAddress: ForwardingAddressModel | null;

  @Field(() => [BusinessMailItemModel], { description: 'The latest letters of this mailbox.' })
  recentItems: BusinessMailItemModel[];
}

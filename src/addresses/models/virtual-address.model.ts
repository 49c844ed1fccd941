import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { District } from '../district.js';
import { MailHandling } from '../mail-handling.js';

@ObjectType('ForwardingAddress')
export class ForwardingAddressModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  street: string;

  @Field()
  postcode: string;

  @Field()
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;
}

@ObjectType('VirtualAddress', { description: 'A mailbox at a city office, held by the signed-in person.' })
export class VirtualAddressModel {
  @Field(() => ID)
  id: string;

  @Field(() => District)
  district: District;

  @Field({ description: 'e.g. `Fach BO-00042`.' })
  mailbox: string;

  @Field(() => Int)
  mailboxNumber: number;

  @Field(() => [String], { description: 'The address block per DIN 5008, one line each.' })
  lines: string[];

  @Field()
  careOf: string;

  @Field()
  street: string;

  @Field()
  postcode: string;

  @Field()
  city: string;

  @Field(() => MailHandling)
  mailHandling: MailHandling;

  @Field(() => ForwardingAddressModel, { nullable: true })
  forwardingAddress: ForwardingAddressModel | null;

  @Field()
  allocatedAt: Date;
}

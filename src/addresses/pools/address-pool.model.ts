import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { District } from '../district.js';
import type { AdministeredAddressPool } from './address-pool-administration.js';

@ObjectType('AddressPool', {
  description: 'A deliverable address whose mailboxes are handed out (to residents or, at service points, to companies).',
})
export class AddressPoolModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => District) district: District;
  @Field() careOf: string;
  @Field() street: string;
  @Field() postcode: string;
  @Field() city: string;
  @Field() mailboxPrefix: string;
  @Field() active: boolean;
  @Field(() => Int, { description: 'Mailboxes handed out so far (numbers are never reused).' }) mailboxesIssued: number;

  static from(pool: AdministeredAddressPool): AddressPoolModel {
    return Object.assign(new AddressPoolModel(), pool);
  }
}

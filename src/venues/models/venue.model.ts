import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VenueKind, type Venue } from '../entities/venue.entity.js';

registerEnumType(VenueKind, { name: 'VenueKind' });

@ObjectType('Venue')
export class VenueModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => VenueKind) kind: VenueKind;
  @Field() address: string;
  @Field() district: string;
  @Field() openingHours: string;
  @Field() contact: string;
  @Field({ description: 'False once staff took the venue out of service.' }) active: boolean;

  static from(venue: Venue): VenueModel {
    const { id, name, kind, address, district, openingHours, contact, active } = venue;
    return Object.assign(new VenueModel(), { id, name, kind, address, district, openingHours, contact, active });
  }
}

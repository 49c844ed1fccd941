import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Offer } from '../entities/offer.entity.js';
import { VenueModel } from './venue.model.js';

@ObjectType('Offer')
export class OfferModel {
  @Field(() => ID) id: string;
  @Field(() => ID) venueId: string;
  @Field() titleDe: string;
  @Field() titleEn: string;
  @Field() descriptionDe: string;
  @Field() descriptionEn: string;
  @Field(() => Int, { nullable: true }) discountPercent: number | null;
  @Field(() => Int, { nullable: true, description: 'Integer cents, EUR.' }) fixedPriceCents: number | null;
  @Field(() => [String]) categories: string[];
  @Field() validFrom: string;
  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field() conditionsDe: string;
  @Field() conditionsEn: string;
  @Field(() => VenueModel, { nullable: true, description: 'Filled in the residents’ list of offers.' }) venue?: VenueModel | null;

  static from(offer: Offer): OfferModel {
    const { venue, createdAt: _created, updatedAt: _updated, ...fields } = offer;
    return Object.assign(new OfferModel(), fields, { venue: venue ? VenueModel.from(venue) : null });
  }
}

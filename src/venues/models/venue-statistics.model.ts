import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VenueDayStatistics')
export class VenueDayStatisticsModel {
  @Field({ description: 'YYYY-MM-DD, Europe/Berlin.' }) day: string;
  @Field(() => Int) verifications: number;
  @Field(() => Int, { description: 'Valid, eligible and not a repeated code.' }) granted: number;
}

@ObjectType('VenueOfferStatistics')
export class VenueOfferStatisticsModel {
  @Field(() => ID, { nullable: true, description: 'Null: checks without an offer.' }) offerId: string | null;
  @Field() titleDe: string;
  @Field() titleEn: string;
  @Field(() => Int) verifications: number;
  @Field(() => Int) granted: number;
}

@ObjectType('VenueCategoryStatistics')
export class VenueCategoryStatisticsModel {
  @Field({ description: 'A virtual-residency category.' }) category: string;
  @Field(() => Int, { description: 'Unique visitors whose card carries the category.' }) visitors: number;
}

@ObjectType('VenueStatistics')
export class VenueStatisticsModel {
  @Field() from: Date;
  @Field(() => [VenueDayStatisticsModel]) perDay: VenueDayStatisticsModel[];
  @Field(() => [VenueOfferStatisticsModel]) perOffer: VenueOfferStatisticsModel[];
  @Field(() => [VenueCategoryStatisticsModel]) perCategory: VenueCategoryStatisticsModel[];
  @Field(() => Int) verifications: number;
  @Field(() => Int, { description: 'Distinct cards, by their per-venue pseudonym.' }) uniqueVisitors: number;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { VenueApiKey } from '../entities/venue-api-key.entity.js';

@ObjectType('VenueApiKey', { description: 'A partner API key; the key itself is shown only once, at creation.' })
export class VenueApiKeyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) venueId: string;
  @Field() name: string;
  @Field({ description: 'The first characters, to recognise the key.' }) prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;

  static from(key: VenueApiKey): VenueApiKeyModel {
    const { id, venueId, name, prefix, createdAt, lastUsedAt, revokedAt } = key;
    return Object.assign(new VenueApiKeyModel(), { id, venueId, name, prefix, createdAt, lastUsedAt, revokedAt });
  }
}

@ObjectType('CreatedVenueApiKey')
export class CreatedVenueApiKeyModel {
  @Field({ description: 'Shown this once; only its hash is stored.' }) key: string;
  @Field(() => VenueApiKeyModel) apiKey: VenueApiKeyModel;
}

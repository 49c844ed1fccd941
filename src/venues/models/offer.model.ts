import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Offer } from '../entities/offer.entity.js';
import { offerText } from '../offer-texts.js';
import { VenueModel } from './venue.model.js';

@ObjectType('OfferTranslation', { description: 'An offer’s texts in one language other than German and English.' })
export class OfferTranslationModel {
  @Field({ description: 'Language code, e.g. "tr" or "ar".' }) language: string;
  @Field() title: string;
  @Field() description: string;
  @Field() conditions: string;
}

@ObjectType('Offer')
export class OfferModel {
  @Field(() => ID) id: string;
  @Field(() => ID) venueId: string;
  @Field() titleDe: string;
  @Field() titleEn: string;
  @Field() descriptionDe: string;
  @Field() descriptionEn: string;
  @Field({ description: 'The title in the reader’s language, or the German one when there is no translation (see titleLanguage).' })
  title: string;
  @Field({ description: 'The language `title` is in: the reader’s, or "de" when it falls back to the German text.' })
  titleLanguage: string;
  @Field({ description: 'The description in the reader’s language, or the German one (see descriptionLanguage).' })
  description: string;
  @Field() descriptionLanguage: string;
  @Field({ description: 'The conditions in the reader’s language, or the German ones (see conditionsLanguage).' })
  conditions: string;
  @Field() conditionsLanguage: string;
  @Field(() => [OfferTranslationModel], { description: 'Translations into languages other than German and English, by language code.' })
  translations: OfferTranslationModel[];
  @Field(() => Int, { nullable: true }) discountPercent: number | null;
  @Field(() => Int, { nullable: true, description: 'Integer cents, EUR.' }) fixedPriceCents: number | null;
  @Field(() => [String]) categories: string[];
  @Field() validFrom: string;
  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field() conditionsDe: string;
  @Field() conditionsEn: string;
  @Field(() => VenueModel, { nullable: true, description: 'Filled in the residents’ list of offers.' }) venue?: VenueModel | null;

  /** The offer for a reader of `language`. */
  static from(offer: Offer, language: string): OfferModel {
    const { venue, createdAt: _created, updatedAt: _updated, translations, ...fields } = offer;
    const title = offerText(offer, 'title', language);
    const description = offerText(offer, 'description', language);
    const conditions = offerText(offer, 'conditions', language);
    return Object.assign(new OfferModel(), fields, {
      title: title.text,
      titleLanguage: title.language,
      description: description.text,
      descriptionLanguage: description.language,
      conditions: conditions.text,
      conditionsLanguage: conditions.language,
      translations: Object.entries(translations ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, texts]) => ({
          language: code,
          title: texts.title,
          description: texts.description ?? '',
          conditions: texts.conditions ?? '',
        })),
      venue: venue ? VenueModel.from(venue) : null,
    });
  }
}

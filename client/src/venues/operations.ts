import { graphql } from '../gql';
import type {
  OfferFieldsFragment,
  OfferTranslationInput,
  ResidencyCategory,
  VenueApiKeyFieldsFragment,
  VenueFieldsFragment,
  VenueKind,
  VenueStatisticsQuery,
  VerifyDiscountMutation,
} from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { VenueKind } from '../gql/graphql';
export type Venue = VenueFieldsFragment;
/** An offer; the eligible-offers list also carries its venue. */
export type Offer = OfferFieldsFragment & { venue?: Venue | null };
export type VenueApiKey = VenueApiKeyFieldsFragment;
export type DiscountVerification = VerifyDiscountMutation['verifyDiscount'];
export type VenueStatistics = VenueStatisticsQuery['venueStatistics'];
/** What the offer form edits. */
/** The texts in the reader's language (and which language they are in): read, never sent. */
type ReaderTexts = 'title' | 'titleLanguage' | 'description' | 'descriptionLanguage' | 'conditions' | 'conditionsLanguage';
export type OfferInput = Omit<OfferFieldsFragment, 'id' | 'venueId' | 'translations' | ReaderTexts>;
/** An offer's texts in one language other than German and English, as the form edits and sends them. */
export type OfferTranslationDraft = Required<Omit<OfferTranslationInput, 'language'>>;

export const VENUE_KINDS: VenueKind[] = ['pool', 'theatre', 'planetarium', 'museum', 'zoo', 'library', 'other'];
export const RESIDENT_CATEGORIES = [
  'student',
  'commuter',
  'second_home',
  'former_resident',
] as const satisfies readonly ResidencyCategory[];

export const VENUE_FIELDS = graphql(`
  fragment VenueFields on Venue {
    id
    name
    kind
    address
    district
    openingHours
    contact
  }
`);

export const OFFER_FIELDS = graphql(`
  fragment OfferFields on Offer {
    id
    venueId
    title
    titleLanguage
    titleDe
    titleEn
    description
    descriptionLanguage
    descriptionDe
    descriptionEn
    discountPercent
    fixedPriceCents
    categories
    validFrom
    validUntil
    conditions
    conditionsLanguage
    conditionsDe
    conditionsEn
    translations {
      language
      title
      description
      conditions
    }
  }
`);

export const KEY_FIELDS = graphql(`
  fragment VenueApiKeyFields on VenueApiKey {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const MANAGED_VENUE = graphql(`
  query ManagedVenue {
    managedVenue {
      ...VenueFields
    }
    venueOffers {
      ...OfferFields
    }
    venueApiKeys {
      ...VenueApiKeyFields
    }
  }
`);

export const CREATE_OFFER = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) {
      ...OfferFields
    }
  }
`);

export const UPDATE_OFFER = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      ...OfferFields
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {
    createVenueApiKey(input: $input) {
      key
      apiKey {
        ...VenueApiKeyFields
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeVenueApiKey($id: ID!) {
    revokeVenueApiKey(id: $id) {
      ...VenueApiKeyFields
    }
  }
`);

export const VERIFY_DISCOUNT = graphql(`
  mutation VerifyDiscount($code: String!, $offerId: ID) {
    verifyDiscount(code: $code, offerId: $offerId) {
      verificationId
      valid
      eligible
      reason
      card {
        status
        validUntil
        categories
      }
      offer {
        id
        title
        titleLanguage
        discountPercent
        fixedPriceCents
      }
      repeatedPresentation
      presentation
      holderName
      notice
      printedCardUsesToday
    }
  }
`);

export const RECORD_OFFLINE_VERIFICATIONS = graphql(`
  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {
    recordOfflineVerifications(entries: $entries)
  }
`);

export const MY_ELIGIBLE_OFFERS = graphql(`
  query MyEligibleOffers($kind: VenueKind, $district: String) {
    myEligibleOffers(kind: $kind, district: $district) {
      ...OfferFields
      venue {
        ...VenueFields
      }
    }
  }
`);

export const VENUE_STATISTICS = graphql(`
  query VenueStatistics($days: Int!) {
    venueStatistics(days: $days) {
      from
      verifications
      uniqueVisitors
      perDay {
        day
        verifications
        granted
      }
      perOffer {
        offerId
        titleDe
        titleEn
        verifications
        granted
      }
      perCategory {
        category
        visitors
      }
    }
  }
`);

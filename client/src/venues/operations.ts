import { gql, type TypedDocumentNode } from '@apollo/client';

export type VenueKind = 'pool' | 'theatre' | 'planetarium' | 'museum' | 'zoo' | 'library' | 'other';
export const VENUE_KINDS: VenueKind[] = ['pool', 'theatre', 'planetarium', 'museum', 'zoo', 'library', 'other'];
export const RESIDENT_CATEGORIES = ['student', 'commuter', 'second_home', 'former_resident'] as const;

export interface Venue {
  id: string;
  name: string;
  kind: VenueKind;
  address: string;
  district: string;
  openingHours: string;
  contact: string;
}

export interface Offer {
  id: string;
  venueId: string;
  titleDe: string;
  titleEn: string;
  descriptionDe: string;
  descriptionEn: string;
  discountPercent: number | null;
  fixedPriceCents: number | null;
  categories: string[];
  validFrom: string;
  validUntil: string | null;
  conditionsDe: string;
  conditionsEn: string;
  venue?: Venue | null;
}

export interface VenueApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface DiscountVerification {
  verificationId: string;
  valid: boolean;
  eligible: boolean;
  reason: string | null;
  card: { status: string; validUntil: string; categories: string[] } | null;
  offer: { id: string; title: string; discountPercent: number | null; fixedPriceCents: number | null } | null;
  repeatedPresentation: boolean;
}

export type OfferInput = Omit<Offer, 'id' | 'venueId' | 'venue'>;

const VENUE_FIELDS = gql`
  fragment VenueFields on Venue {
    id
    name
    kind
    address
    district
    openingHours
    contact
  }
`;

const OFFER_FIELDS = gql`
  fragment OfferFields on Offer {
    id
    venueId
    titleDe
    titleEn
    descriptionDe
    descriptionEn
    discountPercent
    fixedPriceCents
    categories
    validFrom
    validUntil
    conditionsDe
    conditionsEn
  }
`;

const KEY_FIELDS = gql`
  fragment VenueApiKeyFields on VenueApiKey {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`;

export const MANAGED_VENUE: TypedDocumentNode<{ managedVenue: Venue; venueOffers: Offer[]; venueApiKeys: VenueApiKey[] }, Record<string, never>> = gql`
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
  ${VENUE_FIELDS}
  ${OFFER_FIELDS}
  ${KEY_FIELDS}
`;

export const CREATE_OFFER: TypedDocumentNode<{ createOffer: Offer }, { input: OfferInput }> = gql`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) {
      ...OfferFields
    }
  }
  ${OFFER_FIELDS}
`;

export const UPDATE_OFFER: TypedDocumentNode<{ updateOffer: Offer }, { input: OfferInput & { id: string } }> = gql`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      ...OfferFields
    }
  }
  ${OFFER_FIELDS}
`;

export const CREATE_API_KEY: TypedDocumentNode<{ createVenueApiKey: { key: string; apiKey: VenueApiKey } }, { input: { name: string } }> = gql`
  mutation CreateVenueApiKey($input: CreateApiKeyInput!) {
    createVenueApiKey(input: $input) {
      key
      apiKey {
        ...VenueApiKeyFields
      }
    }
  }
  ${KEY_FIELDS}
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ revokeVenueApiKey: VenueApiKey }, { id: string }> = gql`
  mutation RevokeVenueApiKey($id: ID!) {
    revokeVenueApiKey(id: $id) {
      ...VenueApiKeyFields
    }
  }
  ${KEY_FIELDS}
`;

export const VERIFY_DISCOUNT: TypedDocumentNode<{ verifyDiscount: DiscountVerification }, { code: string; offerId: string | null }> = gql`
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
        discountPercent
        fixedPriceCents
      }
      repeatedPresentation
    }
  }
`;

export const RECORD_OFFLINE_VERIFICATIONS: TypedDocumentNode<
  { recordOfflineVerifications: number },
  { entries: { verificationId: string; code: string; offerId: string | null; verifiedAt: string }[] }
> = gql`
  mutation RecordOfflineVerifications($entries: [OfflineVerificationInput!]!) {
    recordOfflineVerifications(entries: $entries)
  }
`;

export const MY_ELIGIBLE_OFFERS: TypedDocumentNode<{ myEligibleOffers: Offer[] }, { kind: VenueKind | null; district: string | null }> = gql`
  query MyEligibleOffers($kind: VenueKind, $district: String) {
    myEligibleOffers(kind: $kind, district: $district) {
      ...OfferFields
      venue {
        ...VenueFields
      }
    }
  }
  ${OFFER_FIELDS}
  ${VENUE_FIELDS}
`;

export interface VenueStatistics {
  from: string;
  verifications: number;
  uniqueVisitors: number;
  perDay: { day: string; verifications: number; granted: number }[];
  perOffer: { offerId: string | null; titleDe: string; titleEn: string; verifications: number; granted: number }[];
  perCategory: { category: string; visitors: number }[];
}

export const VENUE_STATISTICS: TypedDocumentNode<{ venueStatistics: VenueStatistics }, { days: number }> = gql`
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
`;

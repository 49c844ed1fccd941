import { graphql } from '../gql';
import type { CardFieldsFragment, CardRequestFieldsFragment, MyCardsQuery } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { CitizenCardStatus } from '../gql/graphql';
export type CitizenCard = CardFieldsFragment;
export type CardRequest = CardRequestFieldsFragment;
export type CardCredential = NonNullable<MyCardsQuery['myCitizenCards'][number]['deviceCredential']>;

export const CARD_FIELDS = graphql(`
  fragment CardFields on CitizenCard {
    id
    number
    holderName
    holderNameVerified
    categories
    district
    validFrom
    validUntil
    status
    statusReason
    entitlementStatus
    replacedByCardId
    createdAt
  }
`);

export const REQUEST_FIELDS = graphql(`
  fragment CardRequestFields on CardRequest {
    id
    status
    holderName
    feeCents
    paymentSubjectType
    cardId
    createdAt
  }
`);

export const MY_CARDS = graphql(`
  query MyCards {
    myCitizenCards {
      ...CardFields
      deviceCredential {
        id
        cardId
        credential
        statusListIndex
      }
    }
    myCardRequests {
      ...CardRequestFields
    }
  }
`);

export const REQUEST_CITIZEN_CARD = graphql(`
  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {
    requestCitizenCard(input: $input) {
      ...CardRequestFields
    }
  }
`);

export const ACTIVATE_CARD_ON_DEVICE = graphql(`
  mutation ActivateCardOnDevice($input: ActivateCardInput!) {
    activateCardOnDevice(input: $input) {
      id
      cardId
      credential
      statusListIndex
    }
  }
`);

export const REPORT_CARD_LOST = graphql(`
  mutation ReportCardLost($cardId: ID!) {
    reportCardLost(cardId: $cardId) {
      ...CardFields
    }
  }
`);

export const REPLACE_CITIZEN_CARD = graphql(`
  mutation ReplaceCitizenCard($cardId: ID!) {
    replaceCitizenCard(cardId: $cardId) {
      ...CardFields
    }
  }
`);

export const CARD_BY_NUMBER = graphql(`
  query CitizenCardByNumber($number: String!) {
    citizenCardByNumber(number: $number) {
      ...CardFields
    }
  }
`);

export const SUSPEND_CARD = graphql(`
  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {
    card: suspendCitizenCard(input: $input) {
      ...CardFields
    }
  }
`);

export const RESUME_CARD = graphql(`
  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {
    card: resumeCitizenCard(input: $input) {
      ...CardFields
    }
  }
`);

export const REVOKE_CARD = graphql(`
  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {
    card: revokeCitizenCard(input: $input) {
      ...CardFields
    }
  }
`);

export const RENEW_CITIZEN_CARD = graphql(`
  mutation RenewCitizenCard($cardId: ID!) {
    renewCitizenCard(cardId: $cardId) {
      validUntil
    }
  }
`);

/** Where the signed-in person stands with their virtual residency: what the card page offers next. */
export const CARD_RESIDENCY_STATUS = graphql(`
  query CardResidencyStatus {
    myResidency {
      id
      status
    }
    myResidencyApplications {
      id
      status
    }
  }
`);

export const CREATE_CARD_WALLET_OFFER = graphql(`
  mutation CreateCardWalletOffer($cardId: ID!) {
    createCardWalletOffer(cardId: $cardId) {
      offerUri
      expiresAt
    }
  }
`);

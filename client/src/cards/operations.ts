import { gql, type TypedDocumentNode } from '@apollo/client';

export type CitizenCardStatus = 'active' | 'suspended' | 'revoked' | 'expired' | 'replaced';

export interface CitizenCard {
  id: string;
  number: string;
  holderName: string;
  categories: string[];
  district: string;
  validFrom: string;
  validUntil: string;
  status: CitizenCardStatus;
  statusReason: string | null;
  replacedByCardId: string | null;
  createdAt: string;
}

export interface CardRequest {
  id: string;
  status: 'awaiting_payment' | 'issued';
  holderName: string;
  feeCents: number;
  paymentSubjectType: string;
  cardId: string | null;
  createdAt: string;
}

export interface CardCredential {
  id: string;
  cardId: string;
  credential: string;
  statusListIndex: number;
}

const CARD_FIELDS = gql`
  fragment CardFields on CitizenCard {
    id
    number
    holderName
    categories
    district
    validFrom
    validUntil
    status
    statusReason
    replacedByCardId
    createdAt
  }
`;

const REQUEST_FIELDS = gql`
  fragment CardRequestFields on CardRequest {
    id
    status
    holderName
    feeCents
    paymentSubjectType
    cardId
    createdAt
  }
`;

export const MY_CARDS: TypedDocumentNode<{ myCitizenCards: CitizenCard[]; myCardRequests: CardRequest[] }, Record<string, never>> = gql`
  query MyCards {
    myCitizenCards {
      ...CardFields
    }
    myCardRequests {
      ...CardRequestFields
    }
  }
  ${CARD_FIELDS}
  ${REQUEST_FIELDS}
`;

export const REQUEST_CITIZEN_CARD: TypedDocumentNode<{ requestCitizenCard: CardRequest }, { input: { idempotencyKey: string } }> = gql`
  mutation RequestCitizenCard($input: RequestCitizenCardInput!) {
    requestCitizenCard(input: $input) {
      ...CardRequestFields
    }
  }
  ${REQUEST_FIELDS}
`;

export const ACTIVATE_CARD_ON_DEVICE: TypedDocumentNode<
  { activateCardOnDevice: CardCredential },
  { input: { cardId: string; devicePublicKey: { kty: string; crv: string; x: string; y: string } } }
> = gql`
  mutation ActivateCardOnDevice($input: ActivateCardInput!) {
    activateCardOnDevice(input: $input) {
      id
      cardId
      credential
      statusListIndex
    }
  }
`;

export const REPORT_CARD_LOST: TypedDocumentNode<{ reportCardLost: CitizenCard }, { cardId: string }> = gql`
  mutation ReportCardLost($cardId: ID!) {
    reportCardLost(cardId: $cardId) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

export const REPLACE_CITIZEN_CARD: TypedDocumentNode<{ replaceCitizenCard: CitizenCard }, { cardId: string }> = gql`
  mutation ReplaceCitizenCard($cardId: ID!) {
    replaceCitizenCard(cardId: $cardId) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

export const CARD_BY_NUMBER: TypedDocumentNode<{ citizenCardByNumber: CitizenCard }, { number: string }> = gql`
  query CitizenCardByNumber($number: String!) {
    citizenCardByNumber(number: $number) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

type StatusChange = TypedDocumentNode<Record<string, CitizenCard>, { input: { cardId: string; reason: string } }>;

export const SUSPEND_CARD: StatusChange = gql`
  mutation SuspendCitizenCard($input: CardStatusChangeInput!) {
    suspendCitizenCard(input: $input) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

export const RESUME_CARD: StatusChange = gql`
  mutation ResumeCitizenCard($input: CardStatusChangeInput!) {
    resumeCitizenCard(input: $input) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

export const REVOKE_CARD: StatusChange = gql`
  mutation RevokeCitizenCard($input: CardStatusChangeInput!) {
    revokeCitizenCard(input: $input) {
      ...CardFields
    }
  }
  ${CARD_FIELDS}
`;

export const MY_CARD_CREDENTIAL: TypedDocumentNode<{ myCardCredential: CardCredential | null }, { cardId: string }> = gql`
  query MyCardCredential($cardId: ID!) {
    myCardCredential(cardId: $cardId) {
      id
      cardId
      credential
      statusListIndex
    }
  }
`;

export const RENEW_CITIZEN_CARD: TypedDocumentNode<{ renewCitizenCard: Pick<CitizenCard, 'validUntil'> }, { cardId: string }> = gql`
  mutation RenewCitizenCard($cardId: ID!) {
    renewCitizenCard(cardId: $cardId) {
      validUntil
    }
  }
`;

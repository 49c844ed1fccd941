import { gql, type TypedDocumentNode } from '@apollo/client';

export type TradeRegistrationStatus = 'draft' | 'submitted' | 'paid' | 'registered' | 'rejected' | 'info_requested';
export type TradeEstablishmentKind = 'hauptniederlassung' | 'zweigniederlassung' | 'unselbststaendige_zweigstelle';
export type TradeBusinessScope = 'full_time' | 'side_business';

export const ESTABLISHMENT_KINDS: TradeEstablishmentKind[] = ['hauptniederlassung', 'zweigniederlassung', 'unselbststaendige_zweigstelle'];
export const BUSINESS_SCOPES: TradeBusinessScope[] = ['full_time', 'side_business'];

export interface TradePermit {
  kind: string;
  authority: string;
  issuedOn: string;
}

export interface TradeRegistration {
  id: string;
  companyId: string;
  establishmentId: string;
  status: TradeRegistrationStatus;
  establishmentKind: TradeEstablishmentKind | null;
  activityDescription: string;
  wzCode: string | null;
  wzTitle: string | null;
  wzEdition: string | null;
  startDate: string | null;
  businessScope: TradeBusinessScope | null;
  employeesFullTime: number;
  employeesPartTime: number;
  permits: TradePermit[];
  operator: {
    legalName: string;
    legalForm: string;
    countryCode: string;
    registerName: string | null;
    registerNumber: string | null;
    headOffice: { street: string; postcode: string; city: string; countryCode: string };
  };
  persons: { accountId: string; role: string; givenName: string; familyName: string; birthDate: string; nationality: string }[];
  businessAddressLines: string[];
  feeCents: number;
  paymentSubjectType: string;
  registrationNumber: string | null;
  confirmationUrl: string | null;
  rejectionReason: string | null;
  decisionMessage: string | null;
  infoRequest: string | null;
  applicantAnswer: string | null;
  submittedAt: string | null;
  registeredAt: string | null;
  createdAt: string;
}

export interface WzSuggestion {
  code: string;
  title: string;
  level: number;
  selectable: boolean;
}

export interface TradeRegistrationFormValues {
  establishmentKind: TradeEstablishmentKind | null;
  activityDescription: string;
  wzCode: string | null;
  startDate: string | null;
  businessScope: TradeBusinessScope | null;
  employeesFullTime: number | null;
  employeesPartTime: number | null;
  permits: TradePermit[];
}

export const TRADE_REGISTRATION_FIELDS = gql`
  fragment TradeRegistrationFields on TradeRegistration {
    id
    companyId
    establishmentId
    status
    establishmentKind
    activityDescription
    wzCode
    wzTitle
    wzEdition
    startDate
    businessScope
    employeesFullTime
    employeesPartTime
    permits {
      kind
      authority
      issuedOn
    }
    operator {
      legalName
      legalForm
      countryCode
      registerName
      registerNumber
      headOffice {
        street
        postcode
        city
        countryCode
      }
    }
    persons {
      accountId
      role
      givenName
      familyName
      birthDate
      nationality
    }
    businessAddressLines
    feeCents
    paymentSubjectType
    registrationNumber
    confirmationUrl
    rejectionReason
    decisionMessage
    infoRequest
    applicantAnswer
    submittedAt
    registeredAt
    createdAt
  }
`;

export const TRADE_REGISTRATION_PAGE: TypedDocumentNode<
  { company: { id: string; legalName: string; establishments: { id: string; kind: string; businessAddressLines: string[] | null }[] }; tradeRegistrations: TradeRegistration[] },
  { companyId: string }
> = gql`
  query TradeRegistrationPage($companyId: ID!) {
    company(id: $companyId) {
      id
      legalName
      establishments {
        id
        kind
        businessAddressLines
      }
    }
    tradeRegistrations(companyId: $companyId) {
      ...TradeRegistrationFields
    }
  }
  ${TRADE_REGISTRATION_FIELDS}
`;

export const WZ_CODE_SUGGESTIONS: TypedDocumentNode<{ wzCodeSuggestions: WzSuggestion[] }, { query: string; first?: number }> = gql`
  query WzCodeSuggestions($query: String!, $first: Int) {
    wzCodeSuggestions(query: $query, first: $first) {
      code
      title
      level
      selectable
    }
  }
`;

export const START_TRADE_REGISTRATION: TypedDocumentNode<{ startTradeRegistration: TradeRegistration }, { input: { companyId: string; establishmentId: string } }> = gql`
  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {
    startTradeRegistration(input: $input) {
      ...TradeRegistrationFields
    }
  }
  ${TRADE_REGISTRATION_FIELDS}
`;

export const UPDATE_TRADE_REGISTRATION: TypedDocumentNode<{ updateTradeRegistration: TradeRegistration }, { input: TradeRegistrationFormValues & { id: string } }> = gql`
  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {
    updateTradeRegistration(input: $input) {
      ...TradeRegistrationFields
    }
  }
  ${TRADE_REGISTRATION_FIELDS}
`;

export const SUBMIT_TRADE_REGISTRATION: TypedDocumentNode<{ submitTradeRegistration: TradeRegistration }, { id: string }> = gql`
  mutation SubmitTradeRegistration($id: ID!) {
    submitTradeRegistration(id: $id) {
      ...TradeRegistrationFields
    }
  }
  ${TRADE_REGISTRATION_FIELDS}
`;

export const ANSWER_TRADE_REGISTRATION: TypedDocumentNode<
  { answerTradeRegistrationInfoRequest: TradeRegistration },
  { input: TradeRegistrationFormValues & { id: string; answer: string } }
> = gql`
  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {
    answerTradeRegistrationInfoRequest(input: $input) {
      ...TradeRegistrationFields
    }
  }
  ${TRADE_REGISTRATION_FIELDS}
`;

import { graphql } from '../gql';
import type {
  TradeBusinessScope,
  TradeEstablishmentKind,
  TradePermitInput,
  TradeRegistrationFieldsFragment,
  WzCodeSuggestionsQuery,
} from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { TradeBusinessScope, TradeEstablishmentKind, TradeRegistrationStatus } from '../gql/graphql';
export type TradeRegistration = TradeRegistrationFieldsFragment;
export type TradePermit = TradePermitInput;
export type WzSuggestion = WzCodeSuggestionsQuery['wzCodeSuggestions'][number];

export const ESTABLISHMENT_KINDS: TradeEstablishmentKind[] = ['hauptniederlassung', 'zweigniederlassung', 'unselbststaendige_zweigstelle'];
export const BUSINESS_SCOPES: TradeBusinessScope[] = ['full_time', 'side_business'];

/** The form's state (not a schema type): every field present, null while empty. */
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

export const TRADE_REGISTRATION_FIELDS = graphql(`
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
`);

export const TRADE_REGISTRATION_PAGE = graphql(`
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
`);

/** The company's registrations each time one changes; the first event once registered: the catch-up read. */
export const TRADE_REGISTRATIONS_CHANGED = graphql(`
  subscription TradeRegistrationsChanged($companyId: ID!) {
    tradeRegistrationsChanged(companyId: $companyId) {
      ...TradeRegistrationFields
    }
  }
`);

export const WZ_CODE_SUGGESTIONS = graphql(`
  query WzCodeSuggestions($query: String!, $first: Int) {
    wzCodeSuggestions(query: $query, first: $first) {
      code
      title
      level
      selectable
      explanation
      explanationLanguage
      matchedKeyword
    }
  }
`);

export const START_TRADE_REGISTRATION = graphql(`
  mutation StartTradeRegistration($input: StartTradeRegistrationInput!) {
    startTradeRegistration(input: $input) {
      ...TradeRegistrationFields
    }
  }
`);

export const UPDATE_TRADE_REGISTRATION = graphql(`
  mutation UpdateTradeRegistration($input: TradeRegistrationFormInput!) {
    updateTradeRegistration(input: $input) {
      ...TradeRegistrationFields
    }
  }
`);

export const SUBMIT_TRADE_REGISTRATION = graphql(`
  mutation SubmitTradeRegistration($id: ID!) {
    submitTradeRegistration(id: $id) {
      ...TradeRegistrationFields
    }
  }
`);

export const ANSWER_TRADE_REGISTRATION = graphql(`
  mutation AnswerTradeRegistration($input: AnswerTradeRegistrationInput!) {
    answerTradeRegistrationInfoRequest(input: $input) {
      ...TradeRegistrationFields
    }
  }
`);

/** Back office: the registration behind a case, for the staff member who decides. */
export const CASE_TRADE_REGISTRATION = graphql(`
  query CaseTradeRegistration($id: ID!) {
    backofficeCase(id: $id) {
      id
      tradeRegistrationExportUrl
      tradeRegistration {
        ...TradeRegistrationFields
      }
    }
  }
`);

import { graphql } from '../gql';
import type {
  CompanyDashboardQuery,
  CompanyFieldsFragment,
  JourneyFieldsFragment,
  RepresentativeRole,
  StepFieldsFragment,
  UpdateCompanyInput,
  VatCheckFieldsFragment,
} from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { OnboardingJourneyState as JourneyState, OnboardingStep, OnboardingStepStatus, RepresentativeRole } from '../gql/graphql';
export type Company = CompanyFieldsFragment;
export type HeadOffice = Company['headOffice'];
export type CompanyDetails = NonNullable<CompanyDashboardQuery['company']>;
export type Representative = CompanyDetails['representatives'][number];
export type CompanyInvitation = CompanyDetails['invitations'][number];
export type Establishment = CompanyDetails['establishments'][number];
export type RegisterExtract = NonNullable<CompanyDetails['registerExtract']>;
export type VatCheck = VatCheckFieldsFragment;
export type OnboardingStepState = StepFieldsFragment;
export type OnboardingJourney = JourneyFieldsFragment;
/** What the company form edits: the fields creating and updating a company share. */
export type CompanyDetailsInput = Omit<UpdateCompanyInput, 'companyId'>;

export const REPRESENTATIVE_ROLES: RepresentativeRole[] = ['owner', 'managing_director', 'authorised_representative'];

export const COMPANY_FIELDS = graphql(`
  fragment CompanyFields on Company {
    id
    legalName
    legalForm
    countryCode
    countryName
    registerName
    registerNumber
    vatId
    website
    mainActivity
    myRole
    createdAt
    headOffice {
      street
      postcode
      city
      countryCode
      countryName
    }
    vatCheck {
      ...VatCheckFields
    }
  }
`);

export const VAT_CHECK_FIELDS = graphql(`
  fragment VatCheckFields on CompanyVatCheck {
    vatId
    status
    registeredName
    registeredAddress
    requestIdentifier
    checkedAt
    attempts
    lastError
    nextAttemptAt
    recheckInSeconds
  }
`);

export const COMPANY_TAX_ID_FORMAT = graphql(`
  query CompanyTaxIdFormat($countryCode: String!) {
    companyTaxIdFormat(countryCode: $countryCode) {
      kind
      example
      checkedWithVies
    }
  }
`);

export const RECHECK_COMPANY_VAT = graphql(`
  mutation RecheckCompanyVat($companyId: ID!) {
    recheckCompanyVat(companyId: $companyId) {
      ...VatCheckFields
    }
  }
`);

export const STEP_FIELDS = graphql(`
  fragment StepFields on OnboardingStepState {
    step
    status
    updatedAt
    detailKey
    link
    documents {
      labelKey
      url
    }
  }
`);

export const JOURNEY_FIELDS = graphql(`
  fragment JourneyFields on OnboardingJourney {
    id
    companyId
    nextStep
    doneSteps
    totalSteps
    elapsedSeconds
    state
    startedAt
    lastActivityAt
    completedAt
    steps {
      ...StepFields
    }
  }
`);

export const MY_COMPANIES = graphql(`
  query MyCompanies {
    myCompanies {
      ...CompanyFields
    }
  }
`);

export const COMPANY_LEGAL_FORMS = graphql(`
  query CompanyLegalForms($countryCode: String!) {
    companyLegalForms(countryCode: $countryCode)
  }
`);

export const ONBOARDING_START_STEPS = graphql(`
  query OnboardingStartSteps {
    onboardingStartSteps {
      ...StepFields
    }
  }
`);

/** The journey as its steps change (live dashboard); the first event once registered: the catch-up read. */
export const COMPANY_JOURNEY_CHANGED = graphql(`
  subscription CompanyJourneyChanged($companyId: ID!) {
    companyJourneyChanged(companyId: $companyId) {
      ...JourneyFields
    }
  }
`);

export const COMPANY_DASHBOARD = graphql(`
  query CompanyDashboard($companyId: ID!) {
    company(id: $companyId) {
      ...CompanyFields
      representatives {
        accountId
        role
        since
        email
        givenName
        familyName
        identityVerified
      }
      invitations {
        id
        email
        role
        status
        expiresAt
        createdAt
      }
      establishments {
        id
        companyId
        kind
        status
        servicePointCode
        businessAddressLines
        createdAt
      }
      registerExtract {
        fileName
        mediaType
        sizeBytes
        uploadedAt
        downloadPath
      }
    }
    companyJourney(companyId: $companyId) {
      ...JourneyFields
    }
    # The growth phase and the office's latest messages come with the dashboard in the same request,
    # not after it (CompanyMailboxSummary reads these from the cache).
    companyGrowth(companyId: $companyId) {
      id
      kind
      stage
      establishmentStatus
    }
    latestOfficeMessages(companyId: $companyId, first: 3) {
      ...SecureMessageFields
    }
  }
`);

export const CREATE_COMPANY = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      ...CompanyFields
    }
  }
`);

export const UPDATE_COMPANY = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      ...CompanyFields
    }
  }
`);

export const RECORD_JOURNEY_ACTIVITY = graphql(`
  mutation RecordJourneyActivity($input: JourneyActivityInput!) {
    recordJourneyActivity(input: $input) {
      elapsedSeconds
      heartbeatSeconds
    }
  }
`);

export const INVITE_REPRESENTATIVE = graphql(`
  mutation InviteRepresentative($input: InviteRepresentativeInput!) {
    inviteRepresentative(input: $input) {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeCompanyInvitation($invitationId: ID!) {
    revokeCompanyInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const REMOVE_REPRESENTATIVE = graphql(`
  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {
    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {
      id
    }
  }
`);

export const COMPANY_INVITATION = graphql(`
  query CompanyInvitationPreview($token: String!) {
    companyInvitation(token: $token) {
      companyName
      role
      status
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptCompanyInvitation($token: String!) {
    acceptCompanyInvitation(token: $token) {
      ...CompanyFields
    }
  }
`);

export const BUSINESS_SERVICE_POINTS = graphql(`
  query BusinessServicePointsForEstablishment {
    businessServicePoints {
      code
      name
      lines
    }
  }
`);

/** What the establishment page needs of the company: its establishments, without the journey's steps. */
export const COMPANY_ESTABLISHMENTS = graphql(`
  query CompanyEstablishments($companyId: ID!) {
    company(id: $companyId) {
      id
      establishments {
        id
        companyId
        kind
        status
        servicePointCode
        businessAddressLines
        createdAt
      }
    }
  }
`);

export const CREATE_ESTABLISHMENT = graphql(`
  mutation CreateEstablishment($input: CreateEstablishmentInput!) {
    createEstablishment(input: $input) {
      id
      companyId
      kind
      status
      servicePointCode
      businessAddressLines
      createdAt
    }
  }
`);

export const ONBOARDING_JOURNEYS = graphql(`
  query OnboardingJourneys($state: OnboardingJourneyState, $after: String) {
    onboardingJourneys(filter: { state: $state }, page: { first: 20, after: $after }) {
      nodes {
        ...JourneyFields
        company {
          ...CompanyFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

import { gql, type TypedDocumentNode } from '@apollo/client';

export type RepresentativeRole = 'owner' | 'managing_director' | 'authorised_representative';
export const REPRESENTATIVE_ROLES: RepresentativeRole[] = ['owner', 'managing_director', 'authorised_representative'];
export type OnboardingStep =
  | 'account'
  | 'identity'
  | 'company'
  | 'establishment'
  | 'trade_registration'
  | 'business_address'
  | 'bank_account'
  | 'signature_certificate'
  | 'done';
export type OnboardingStepStatus = 'not_started' | 'in_progress' | 'action_required' | 'waiting_for_office' | 'done' | 'not_available';
export type JourneyState = 'in_progress' | 'stuck' | 'completed';

export interface HeadOffice { street: string; postcode: string; city: string; countryCode: string; countryName: string }
export interface Representative { accountId: string; role: RepresentativeRole; since: string; email: string; givenName: string | null; familyName: string | null; identityVerified: boolean }
export interface CompanyInvitation { id: string; email: string; role: RepresentativeRole; status: string; expiresAt: string; createdAt: string }
export interface Establishment { id: string; companyId: string; kind: string; status: string; servicePointCode: string | null; businessAddressLines: string[] | null; createdAt: string }
export interface RegisterExtract { fileName: string; mediaType: string; sizeBytes: number; uploadedAt: string; downloadPath: string }

export interface Company {
  id: string;
  legalName: string;
  legalForm: string;
  countryCode: string;
  countryName: string;
  registerName: string | null;
  registerNumber: string | null;
  vatId: string | null;
  website: string | null;
  mainActivity: string;
  myRole: RepresentativeRole | null;
  createdAt: string;
  headOffice: HeadOffice;
}

export interface CompanyDetails extends Company {
  representatives: Representative[];
  invitations: CompanyInvitation[];
  establishments: Establishment[];
  registerExtract: RegisterExtract | null;
}

export interface OnboardingStepState {
  step: OnboardingStep;
  status: OnboardingStepStatus;
  updatedAt: string | null;
  detailKey: string | null;
  link: string | null;
  documents: { labelKey: string; url: string }[];
}

export interface OnboardingJourney {
  id: string;
  companyId: string;
  steps: OnboardingStepState[];
  nextStep: OnboardingStep | null;
  doneSteps: number;
  totalSteps: number;
  elapsedSeconds: number;
  state: JourneyState;
  startedAt: string;
  lastActivityAt: string;
  completedAt: string | null;
}

export interface CompanyDetailsInput {
  legalName: string;
  legalForm: string;
  countryCode: string;
  registerName?: string | null;
  registerNumber?: string | null;
  vatId?: string | null;
  headOffice: { street: string; postcode: string; city: string; countryCode: string };
  website?: string | null;
  mainActivity: string;
}

const COMPANY_FIELDS = gql`
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
  }
`;

const STEP_FIELDS = gql`
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
`;

const JOURNEY_FIELDS = gql`
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
  ${STEP_FIELDS}
`;

export const MY_COMPANIES: TypedDocumentNode<{ myCompanies: Company[] }> = gql`
  query MyCompanies {
    myCompanies {
      ...CompanyFields
    }
  }
  ${COMPANY_FIELDS}
`;

export const COMPANY_LEGAL_FORMS: TypedDocumentNode<{ companyLegalForms: string[] }, { countryCode: string }> = gql`
  query CompanyLegalForms($countryCode: String!) {
    companyLegalForms(countryCode: $countryCode)
  }
`;

export const ONBOARDING_START_STEPS: TypedDocumentNode<{ onboardingStartSteps: OnboardingStepState[] }> = gql`
  query OnboardingStartSteps {
    onboardingStartSteps {
      ...StepFields
    }
  }
  ${STEP_FIELDS}
`;

export const COMPANY_DASHBOARD: TypedDocumentNode<{ company: CompanyDetails; companyJourney: OnboardingJourney }, { companyId: string }> = gql`
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
  }
  ${COMPANY_FIELDS}
  ${JOURNEY_FIELDS}
`;

export const CREATE_COMPANY: TypedDocumentNode<{ createCompany: Company }, { input: CompanyDetailsInput & { preCompanySeconds?: number | null } }> = gql`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      ...CompanyFields
    }
  }
  ${COMPANY_FIELDS}
`;

export const UPDATE_COMPANY: TypedDocumentNode<{ updateCompany: Company }, { input: CompanyDetailsInput & { companyId: string } }> = gql`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      ...CompanyFields
    }
  }
  ${COMPANY_FIELDS}
`;

export const RECORD_JOURNEY_ACTIVITY: TypedDocumentNode<
  { recordJourneyActivity: { elapsedSeconds: number; heartbeatSeconds: number } },
  { input: { companyId: string; preCompanySeconds?: number | null } }
> = gql`
  mutation RecordJourneyActivity($input: JourneyActivityInput!) {
    recordJourneyActivity(input: $input) {
      elapsedSeconds
      heartbeatSeconds
    }
  }
`;

export const INVITE_REPRESENTATIVE: TypedDocumentNode<{ inviteRepresentative: CompanyInvitation }, { input: { companyId: string; email: string; role: RepresentativeRole } }> = gql`
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
`;

export const REVOKE_INVITATION: TypedDocumentNode<{ revokeCompanyInvitation: CompanyInvitation }, { invitationId: string }> = gql`
  mutation RevokeCompanyInvitation($invitationId: ID!) {
    revokeCompanyInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`;

export const REMOVE_REPRESENTATIVE: TypedDocumentNode<{ removeCompanyRepresentative: { id: string } }, { companyId: string; accountId: string }> = gql`
  mutation RemoveCompanyRepresentative($companyId: ID!, $accountId: ID!) {
    removeCompanyRepresentative(companyId: $companyId, accountId: $accountId) {
      id
    }
  }
`;

export const COMPANY_INVITATION: TypedDocumentNode<{ companyInvitation: { companyName: string; role: RepresentativeRole; status: string; expiresAt: string } }, { token: string }> = gql`
  query CompanyInvitationPreview($token: String!) {
    companyInvitation(token: $token) {
      companyName
      role
      status
      expiresAt
    }
  }
`;

export const ACCEPT_INVITATION: TypedDocumentNode<{ acceptCompanyInvitation: Company }, { token: string }> = gql`
  mutation AcceptCompanyInvitation($token: String!) {
    acceptCompanyInvitation(token: $token) {
      ...CompanyFields
    }
  }
  ${COMPANY_FIELDS}
`;

export const BUSINESS_SERVICE_POINTS: TypedDocumentNode<{ businessServicePoints: { code: string; name: string; lines: string[] }[] }> = gql`
  query BusinessServicePointsForEstablishment {
    businessServicePoints {
      code
      name
      lines
    }
  }
`;

export const CREATE_ESTABLISHMENT: TypedDocumentNode<{ createEstablishment: Establishment }, { input: { companyId: string; servicePointCode: string } }> = gql`
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
`;

export const ONBOARDING_JOURNEYS: TypedDocumentNode<
  { onboardingJourneys: { nodes: (OnboardingJourney & { company: Company | null })[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { state?: JourneyState | null; after?: string | null }
> = gql`
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
  ${JOURNEY_FIELDS}
  ${COMPANY_FIELDS}
`;

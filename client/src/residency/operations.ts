import { graphql } from '../gql';
import type {
  CreateResidencyApplicationInput,
  District,
  EvidenceKind,
  MyResidencyOverviewQuery,
  ResidencyApplicationFieldsFragment,
  ResidencyCategory,
  VirtualAddressFieldsFragment,
} from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type {
  District,
  EvidenceKind,
  MailHandling,
  ResidencyApplicationStatus as ApplicationStatus,
  ResidencyCategory,
} from '../gql/graphql';
export type ResidencyApplication = ResidencyApplicationFieldsFragment;
export type EvidenceDocument = ResidencyApplication['evidence'][number];
export type ApplicationMessage = ResidencyApplication['messages'][number];
export type Residency = NonNullable<MyResidencyOverviewQuery['myResidency']>;
export type VirtualAddress = VirtualAddressFieldsFragment;
/** The details step's answers: everything the application needs but its category. */
export type ApplicationDetailsInput = Omit<CreateResidencyApplicationInput, 'category'>;

/** The choices the forms offer, in their order; checked against the schema's enums. */
export const RESIDENCY_CATEGORIES = [
  'student',
  'commuter',
  'second_home',
  'former_resident',
] as const satisfies readonly ResidencyCategory[];
export const DISTRICTS = ['bochum', 'wattenscheid'] as const satisfies readonly District[];
export const EVIDENCE_KINDS = [
  'enrolment_certificate',
  'employer_letter',
  'second_home_registration',
  'former_registration',
  'other',
] as const satisfies readonly EvidenceKind[];

export const APPLICATION_FIELDS = graphql(`
  fragment ResidencyApplicationFields on ResidencyApplication {
    id
    category
    district
    status
    givenName
    familyName
    student {
      university
      enrolmentFrom
      enrolmentUntil
    }
    commuter {
      employer
      workAddress
    }
    secondHome {
      secondHomeAddress
      registeredOn
    }
    formerResident {
      formerAddress
      livedFrom
      livedUntil
    }
    expectedEvidenceKind
    submittedAt
    decidedAt
    decidedAutomatically
    rejectionReason
    decisionMessage
    createdAt
    evidence {
      id
      kind
      fileName
      mediaType
      sizeBytes
      uploadedAt
      downloadPath
    }
    messages {
      id
      author
      body
      createdAt
    }
  }
`);

export const ADDRESS_FIELDS = graphql(`
  fragment VirtualAddressFields on VirtualAddress {
    id
    district
    mailbox
    lines
    mailHandling
    forwardingAddress {
      name
      street
      postcode
      city
      country
    }
    allocatedAt
  }
`);

export const MY_RESIDENCY_OVERVIEW = graphql(`
  query MyResidencyOverview {
    myResidencyApplications {
      ...ResidencyApplicationFields
    }
    myResidency {
      id
      categories
      district
      validFrom
      validUntil
    }
    myVirtualAddress {
      ...VirtualAddressFields
    }
  }
`);

export const MY_RESIDENCY_APPLICATION = graphql(`
  query MyResidencyApplication($id: ID!) {
    myResidencyApplication(id: $id) {
      ...ResidencyApplicationFields
    }
  }
`);

/** The application as it changes (a staff decision, …); the first event once registered: the catch-up read. */
export const RESIDENCY_APPLICATION_CHANGED = graphql(`
  subscription ResidencyApplicationChanged($id: ID!) {
    residencyApplicationChanged(id: $id) {
      ...ResidencyApplicationFields
    }
  }
`);

export const CREATE_RESIDENCY_APPLICATION = graphql(`
  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {
    createResidencyApplication(input: $input) {
      ...ResidencyApplicationFields
    }
  }
`);

export const SUBMIT_RESIDENCY_APPLICATION = graphql(`
  mutation SubmitResidencyApplication($id: ID!) {
    submitResidencyApplication(id: $id) {
      ...ResidencyApplicationFields
    }
  }
`);

export const DISCARD_RESIDENCY_APPLICATION = graphql(`
  mutation DiscardResidencyApplication($id: ID!) {
    discardResidencyApplication(id: $id)
  }
`);

export const REMOVE_RESIDENCY_EVIDENCE = graphql(`
  mutation RemoveResidencyEvidence($id: ID!) {
    removeResidencyEvidence(id: $id)
  }
`);

export const ANSWER_RESIDENCY_INFO_REQUEST = graphql(`
  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {
    answerResidencyInfoRequest(input: $input) {
      ...ResidencyApplicationFields
    }
  }
`);

export const UPDATE_MAIL_HANDLING = graphql(`
  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {
    updateMailHandling(input: $input) {
      ...VirtualAddressFields
    }
  }
`);

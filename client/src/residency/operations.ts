import { gql, type TypedDocumentNode } from '@apollo/client';

export const RESIDENCY_CATEGORIES = ['student', 'commuter', 'second_home', 'former_resident'] as const;
export type ResidencyCategory = (typeof RESIDENCY_CATEGORIES)[number];
export const DISTRICTS = ['bochum', 'wattenscheid'] as const;
export type District = (typeof DISTRICTS)[number];
export const EVIDENCE_KINDS = ['enrolment_certificate', 'employer_letter', 'second_home_registration', 'former_registration', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type ApplicationStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'info_requested';
export type MailHandling = 'forward' | 'scan' | 'hold';

export interface StudentFacts { university: string; enrolmentFrom: string; enrolmentUntil: string }
export interface CommuterFacts { employer: string; workAddress: string }
export interface SecondHomeFacts { secondHomeAddress: string; registeredOn: string }
export interface FormerResidentFacts { formerAddress: string; livedFrom: string; livedUntil: string }

export interface EvidenceDocument {
  id: string;
  kind: EvidenceKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
  downloadPath: string;
}

export interface ApplicationMessage {
  id: string;
  author: 'staff' | 'applicant';
  body: string;
  createdAt: string;
}

export interface ResidencyApplication {
  id: string;
  category: ResidencyCategory;
  district: District;
  status: ApplicationStatus;
  givenName: string;
  familyName: string;
  student: StudentFacts | null;
  commuter: CommuterFacts | null;
  secondHome: SecondHomeFacts | null;
  formerResident: FormerResidentFacts | null;
  expectedEvidenceKind: EvidenceKind;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedAutomatically: boolean;
  rejectionReason: string | null;
  decisionMessage: string | null;
  createdAt: string;
  evidence: EvidenceDocument[];
  messages: ApplicationMessage[];
}

export interface Residency {
  id: string;
  categories: ResidencyCategory[];
  district: District;
  validFrom: string;
  validUntil: string;
}

export interface ForwardingAddress { name: string | null; street: string; postcode: string; city: string; country: string }

export interface VirtualAddress {
  id: string;
  district: District;
  mailbox: string;
  lines: string[];
  mailHandling: MailHandling;
  forwardingAddress: ForwardingAddress | null;
  allocatedAt: string;
}

export const APPLICATION_FIELDS = gql`
  fragment ResidencyApplicationFields on ResidencyApplication {
    id
    category
    district
    status
    givenName
    familyName
    student { university enrolmentFrom enrolmentUntil }
    commuter { employer workAddress }
    secondHome { secondHomeAddress registeredOn }
    formerResident { formerAddress livedFrom livedUntil }
    expectedEvidenceKind
    submittedAt
    decidedAt
    decidedAutomatically
    rejectionReason
    decisionMessage
    createdAt
    evidence { id kind fileName mediaType sizeBytes uploadedAt downloadPath }
    messages { id author body createdAt }
  }
`;

const ADDRESS_FIELDS = gql`
  fragment VirtualAddressFields on VirtualAddress {
    id
    district
    mailbox
    lines
    mailHandling
    forwardingAddress { name street postcode city country }
    allocatedAt
  }
`;

export const MY_RESIDENCY_OVERVIEW: TypedDocumentNode<
  { myResidencyApplications: ResidencyApplication[]; myResidency: Residency | null; myVirtualAddress: VirtualAddress | null },
  Record<string, never>
> = gql`
  query MyResidencyOverview {
    myResidencyApplications { ...ResidencyApplicationFields }
    myResidency { id categories district validFrom validUntil }
    myVirtualAddress { ...VirtualAddressFields }
  }
  ${APPLICATION_FIELDS}
  ${ADDRESS_FIELDS}
`;

export const MY_RESIDENCY_APPLICATION: TypedDocumentNode<{ myResidencyApplication: ResidencyApplication }, { id: string }> = gql`
  query MyResidencyApplication($id: ID!) {
    myResidencyApplication(id: $id) { ...ResidencyApplicationFields }
  }
  ${APPLICATION_FIELDS}
`;

export interface ApplicationDetailsInput {
  district: District;
  givenName: string;
  familyName: string;
  consent: boolean;
  student?: StudentFacts;
  commuter?: CommuterFacts;
  secondHome?: SecondHomeFacts;
  formerResident?: FormerResidentFacts;
}

export const CREATE_RESIDENCY_APPLICATION: TypedDocumentNode<
  { createResidencyApplication: ResidencyApplication },
  { input: ApplicationDetailsInput & { category: ResidencyCategory } }
> = gql`
  mutation CreateResidencyApplication($input: CreateResidencyApplicationInput!) {
    createResidencyApplication(input: $input) { ...ResidencyApplicationFields }
  }
  ${APPLICATION_FIELDS}
`;

export const SUBMIT_RESIDENCY_APPLICATION: TypedDocumentNode<{ submitResidencyApplication: ResidencyApplication }, { id: string }> = gql`
  mutation SubmitResidencyApplication($id: ID!) {
    submitResidencyApplication(id: $id) { ...ResidencyApplicationFields }
  }
  ${APPLICATION_FIELDS}
`;

export const DISCARD_RESIDENCY_APPLICATION: TypedDocumentNode<{ discardResidencyApplication: boolean }, { id: string }> = gql`
  mutation DiscardResidencyApplication($id: ID!) {
    discardResidencyApplication(id: $id)
  }
`;

export const REMOVE_RESIDENCY_EVIDENCE: TypedDocumentNode<{ removeResidencyEvidence: boolean }, { id: string }> = gql`
  mutation RemoveResidencyEvidence($id: ID!) {
    removeResidencyEvidence(id: $id)
  }
`;

export const ANSWER_RESIDENCY_INFO_REQUEST: TypedDocumentNode<
  { answerResidencyInfoRequest: ResidencyApplication },
  { input: { applicationId: string; message: string } }
> = gql`
  mutation AnswerResidencyInfoRequest($input: AnswerInfoRequestInput!) {
    answerResidencyInfoRequest(input: $input) { ...ResidencyApplicationFields }
  }
  ${APPLICATION_FIELDS}
`;

export const UPDATE_MAIL_HANDLING: TypedDocumentNode<
  { updateMailHandling: VirtualAddress },
  { input: { addressId: string; preference: MailHandling; forwardingAddress?: Omit<ForwardingAddress, 'name'> & { name?: string | null } } }
> = gql`
  mutation UpdateMailHandling($input: UpdateMailHandlingInput!) {
    updateMailHandling(input: $input) { ...VirtualAddressFields }
  }
  ${ADDRESS_FIELDS}
`;

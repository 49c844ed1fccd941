import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from './inboxOperations';
import { APPLICATION_FIELDS, type ResidencyApplication } from './residencyOperations';

export type CaseStatus = 'open' | 'waiting_for_applicant' | 'closed';
export type CaseOutcome = 'approve' | 'reject' | 'request_info';

export interface CaseParticipant {
  id: string;
  email: string;
}

export interface CaseEvent {
  id: string;
  type: string;
  occurredAt: string;
  reasonCode: string | null;
  message: string | null;
  findings: string[];
  fileName: string | null;
  actor: CaseParticipant | null;
  assignee: CaseParticipant | null;
}

export interface CaseSummary {
  id: string;
  kind: string;
  subjectId: string;
  status: CaseStatus;
  outcome: string | null;
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  applicant: CaseParticipant;
  assignee: CaseParticipant | null;
  facets: { name: string; value: string }[];
}

export interface CaseDetails extends CaseSummary {
  rejectionReasons: string[];
  timeline: CaseEvent[];
  residencyApplication: ResidencyApplication | null;
}

export interface CaseFilter {
  kind?: string;
  status?: CaseStatus;
  olderThanDays?: number;
  assignee?: 'me' | 'unassigned';
}

const CASE_SUMMARY_FIELDS = gql`
  fragment CaseSummaryFields on BackofficeCase {
    id
    kind
    subjectId
    status
    outcome
    createdAt
    dueAt
    overdue
    applicant { id email }
    assignee { id email }
    facets { name value }
  }
`;

export const BACKOFFICE_CASES: TypedDocumentNode<
  { backofficeCases: { nodes: CaseSummary[]; pageInfo: PageInfo } },
  { filter?: CaseFilter; page?: { first: number; after?: string | null } }
> = gql`
  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {
    backofficeCases(filter: $filter, page: $page) {
      nodes { ...CaseSummaryFields }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${CASE_SUMMARY_FIELDS}
`;

export const BACKOFFICE_CASE: TypedDocumentNode<{ backofficeCase: CaseDetails }, { id: string }> = gql`
  query BackofficeCase($id: ID!) {
    backofficeCase(id: $id) {
      ...CaseSummaryFields
      rejectionReasons
      timeline { id type occurredAt reasonCode message findings fileName actor { id email } assignee { id email } }
      residencyApplication { ...ResidencyApplicationFields }
    }
  }
  ${CASE_SUMMARY_FIELDS}
  ${APPLICATION_FIELDS}
`;

export const BACKOFFICE_ASSIGNEES: TypedDocumentNode<{ backofficeAssignees: CaseParticipant[] }, { kind: string }> = gql`
  query BackofficeAssignees($kind: String!) {
    backofficeAssignees(kind: $kind) { id email }
  }
`;

export const CLAIM_BACKOFFICE_CASE: TypedDocumentNode<{ claimBackofficeCase: CaseSummary }, { id: string }> = gql`
  mutation ClaimBackofficeCase($id: ID!) {
    claimBackofficeCase(id: $id) { ...CaseSummaryFields }
  }
  ${CASE_SUMMARY_FIELDS}
`;

export const ASSIGN_BACKOFFICE_CASE: TypedDocumentNode<{ assignBackofficeCase: CaseSummary }, { id: string; assigneeId: string | null }> = gql`
  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {
    assignBackofficeCase(id: $id, assigneeId: $assigneeId) { ...CaseSummaryFields }
  }
  ${CASE_SUMMARY_FIELDS}
`;

export const DECIDE_BACKOFFICE_CASE: TypedDocumentNode<
  { decideBackofficeCase: CaseSummary },
  { input: { caseId: string; outcome: CaseOutcome; reasonCode?: string; message?: string } }
> = gql`
  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {
    decideBackofficeCase(input: $input) { ...CaseSummaryFields }
  }
  ${CASE_SUMMARY_FIELDS}
`;

import { graphql } from '../gql';
import type { BackofficeAssigneesQuery, BackofficeCaseQuery, BackofficeStatisticsQuery, CaseSummaryFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type {
  BackofficeCaseStatus as CaseStatus,
  CaseDecisionOutcome as CaseOutcome,
  BackofficeCaseFilter as CaseFilter,
} from '../gql/graphql';
export type CaseParticipant = BackofficeAssigneesQuery['backofficeAssignees'][number];
export type CaseSummary = CaseSummaryFieldsFragment;
export type CaseDetails = NonNullable<BackofficeCaseQuery['backofficeCase']>;
export type CaseEvent = CaseDetails['timeline'][number];
export type StatisticTable = BackofficeStatisticsQuery['backofficeStatistics'][number];

export const CASE_SUMMARY_FIELDS = graphql(`
  fragment CaseSummaryFields on BackofficeCase {
    id
    kind
    subjectId
    status
    outcome
    createdAt
    dueAt
    overdue
    applicant {
      id
      email
    }
    assignee {
      id
      email
    }
    facets {
      name
      value
    }
  }
`);

export const BACKOFFICE_CASES = graphql(`
  query BackofficeCases($filter: BackofficeCaseFilter, $page: PageInput) {
    backofficeCases(filter: $filter, page: $page) {
      nodes {
        ...CaseSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BACKOFFICE_CASE = graphql(`
  query BackofficeCase($id: ID!) {
    backofficeCase(id: $id) {
      ...CaseSummaryFields
      rejectionReasons
      timeline {
        id
        type
        occurredAt
        reasonCode
        message
        findings
        fileName
        actor {
          id
          email
        }
        assignee {
          id
          email
        }
      }
      residencyApplication {
        ...ResidencyApplicationFields
      }
    }
  }
`);

export const BACKOFFICE_ASSIGNEES = graphql(`
  query BackofficeAssignees($kind: String!) {
    backofficeAssignees(kind: $kind) {
      id
      email
    }
  }
`);

export const CLAIM_BACKOFFICE_CASE = graphql(`
  mutation ClaimBackofficeCase($id: ID!) {
    claimBackofficeCase(id: $id) {
      ...CaseSummaryFields
    }
  }
`);

export const ASSIGN_BACKOFFICE_CASE = graphql(`
  mutation AssignBackofficeCase($id: ID!, $assigneeId: ID) {
    assignBackofficeCase(id: $id, assigneeId: $assigneeId) {
      ...CaseSummaryFields
    }
  }
`);

export const DECIDE_BACKOFFICE_CASE = graphql(`
  mutation DecideBackofficeCase($input: DecideBackofficeCaseInput!) {
    decideBackofficeCase(input: $input) {
      ...CaseSummaryFields
    }
  }
`);

export const BACKOFFICE_CASE_KINDS = graphql(`
  query BackofficeCaseKinds {
    backofficeCaseKinds
  }
`);

export const BACKOFFICE_STATISTICS = graphql(`
  query BackofficeStatistics($filter: StatisticsFilter!) {
    backofficeStatistics(filter: $filter) {
      key
      labelKind
      columns
      byDistrict
      rows {
        label
        values
      }
    }
  }
`);

/** Changes of the queue (cases opened, claimed, assigned, decided) of the kinds the staff member may handle. */
export const BACKOFFICE_QUEUE_CHANGED = graphql(`
  subscription BackofficeQueueChanged {
    backofficeQueueChanged {
      caseId
      kind
      change
      resync
    }
  }
`);

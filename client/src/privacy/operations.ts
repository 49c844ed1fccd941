import { graphql } from '../gql';
import type { MyDataAccessesQuery, RecordsOfProcessingQuery } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen).
export type DataAccess = MyDataAccessesQuery['myDataAccesses'][number];
export type ProcessingActivity = RecordsOfProcessingQuery['recordsOfProcessing'][number];

export const MY_DATA_ACCESSES = graphql(`
  query MyDataAccesses {
    myDataAccesses {
      occurredAt
      action
      subjectType
      offices
      reason
    }
  }
`);

export const RECORDS_OF_PROCESSING = graphql(`
  query RecordsOfProcessing {
    recordsOfProcessing {
      key
      legalBasis
      dataCategories
      subjects
      recipients
      retention {
        amount
        unit
        from
      }
    }
  }
`);

export const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);

export const RETENTION_SUMMARY = graphql(`
  query RetentionSummary {
    retentionSummary {
      paymentYears
      caseRecordYears
    }
  }
`);
